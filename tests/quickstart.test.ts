import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './support/server.ts';

const repoRoot = new URL('../', import.meta.url).pathname;

// The README's Quick start on a fresh clone of the committed tree: `npm start` installs what
// is missing, builds the web app, seeds the demo data and serves the app.
describe('Quick start on a fresh clone', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ods-clone-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('npm start serves /health and the home page', async () => {
    execFileSync('git', [
      'clone',
      '--quiet',
      '--depth',
      '1',
      `file://${repoRoot}`,
      join(folder, 'repo'),
    ]);
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: join(folder, 'repo'),
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: join(folder, 'data'),
        CI: 'true',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const deadline = Date.now() + 8 * 60_000;
      let health: Response | undefined;
      while (Date.now() < deadline && child.exitCode === null) {
        health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (health?.ok) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      expect(health?.ok, output.slice(-3000)).toBe(true);
      const home = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="root"');
    } finally {
      // npm → pnpm → node: end the whole process group.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 600_000);
});
