import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The container image installs the production dependencies alone (pnpm install --prod, see
// the Dockerfile). A package that the running server imports but that is only a
// devDependency is then missing, and the server does not start: found once with `ws`.
// This follows the imports from the server's entry points through the workspace packages
// and checks that each package it reaches declares what it imports as a dependency.
const root = resolve(new URL('../../', import.meta.url).pathname);
const ENTRY_POINTS = [
  'server/src/server.ts',
  'server/src/cli/match.ts',
  'server/src/cli/seed-demo.ts',
];
const WORKSPACE = ['server', 'db', 'shared'];
const builtins = new Set(builtinModules);

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  exports?: Record<string, string>;
}
const manifests = new Map(
  WORKSPACE.map((folder) => [
    folder,
    JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as Manifest,
  ]),
);

/** Specifiers a file loads when it runs: every import but `import type`, require(), workers. */
function runtimeSpecifiers(text: string): string[] {
  return [
    ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/gm),
    ...text.matchAll(/^\s*import\s+'([^']+)'/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*'([^']+)'\s*\)/g),
    ...text.matchAll(/new URL\(\s*'(\.[^']+\.ts)',\s*import\.meta\.url\s*\)/g),
  ].map((match) => match[1]!);
}

/** A workspace package's file for `@ods/db`, `@ods/shared/guard`, `@ods/server/app` … */
function workspaceFile(specifier: string): string | undefined {
  for (const [folder, manifest] of manifests) {
    if (specifier !== manifest.name && !specifier.startsWith(`${manifest.name}/`)) continue;
    const subpath = `.${specifier.slice(manifest.name.length)}`;
    const exports = manifest.exports ?? {};
    const target =
      exports[subpath] ??
      (subpath !== '.' && exports['./*']
        ? exports['./*'].replace('*', subpath.slice(2))
        : undefined);
    return target ? join(root, folder, target) : undefined;
  }
  return undefined;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every external package the running server reaches, per workspace folder that imports it. */
function reachedPackages(): Map<string, Set<string>> {
  const needed = new Map<string, Set<string>>(WORKSPACE.map((folder) => [folder, new Set()]));
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.map((file) => join(root, file));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const folder = relative(root, file).split('/')[0]!;
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target)) queue.push(target);
        continue;
      }
      if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
      const name = packageName(specifier);
      needed.get(folder)?.add(name);
      const inWorkspace = workspaceFile(specifier);
      if (inWorkspace) queue.push(inWorkspace);
    }
  }
  return needed;
}

describe('production dependencies', () => {
  const needed = reachedPackages();

  it('follows the imports into every workspace package the server uses', () => {
    expect([...needed.entries()].filter(([, names]) => names.size > 0).map(([f]) => f)).toEqual(
      WORKSPACE,
    );
  });

  it.each(WORKSPACE)('%s declares every package the running server imports from it', (folder) => {
    const declared = new Set(Object.keys(manifests.get(folder)!.dependencies ?? {}));
    const missing = [...needed.get(folder)!].filter((name) => !declared.has(name)).sort();
    expect(missing).toEqual([]);
  });
});
