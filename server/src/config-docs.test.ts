import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

// docs/deploy.md promises operators every environment variable the app reads, with the
// secret ones marked, and the Helm chart promises to take the secret ones from a Secret. A
// variable added to config.ts without both fails here.
const root = new URL('../../', import.meta.url).pathname;
const guide = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
const chart = join(root, 'deploy', 'helm', 'over-de-schutting', 'templates');
const SECRETS = [
  'SESSION_SECRET',
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'LIVEKIT_API_KEY',
  'LIVEKIT_API_SECRET',
  'METRICS_TOKEN',
];

/** The names loadConfig reads, found by handing it an environment that notes every read. */
function variablesRead(): string[] {
  const dataDir = mkdtempSync(join(tmpdir(), 'ods-config-docs-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const read = new Set<string>();
  const given: Record<string, string> = { DATA_DIR: dataDir, SESSION_SECRET: 'x'.repeat(32) };
  const env = new Proxy(given, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return typeof name === 'string' ? target[name] : undefined;
    },
  });
  loadConfig(env);
  return [...read].sort();
}

/** The rows of the guide's environment table, by variable name. */
function tableRows(): Map<string, string> {
  const section = guide.split('\n## Environment\n')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const name = /^\|\s*`([A-Z0-9_]+)`/.exec(line)?.[1];
    if (name) rows.set(name, line);
  }
  return rows;
}

describe('docs/deploy.md and the Helm chart against config.ts', () => {
  const read = variablesRead();
  const rows = tableRows();

  it('reads the variables through the environment it is given', () => {
    expect(read).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'TRUST_PROXY']));
  });

  it.each(read)('documents %s in the environment table', (name) => {
    expect(rows.has(name), `${name} has no row in docs/deploy.md's table`).toBe(true);
  });

  it.each(SECRETS)('marks %s as secret and the chart takes it from a Secret', (name) => {
    expect(read).toContain(name);
    expect(rows.get(name)).toContain('**secret**');
    expect(readFileSync(join(chart, '_helpers.tpl'), 'utf8')).toContain(`(list . "${name}"`);
    expect(readFileSync(join(chart, 'configmap.yaml'), 'utf8')).not.toContain(name);
  });

  it('marks nothing else as secret', () => {
    const marked = [...rows].filter(([, row]) => row.includes('**secret**')).map(([n]) => n);
    expect(marked.sort()).toEqual([...SECRETS].sort());
  });
});
