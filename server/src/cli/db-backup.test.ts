import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, createDatabase, migrateToLatest, migrationNames } from '@ods/db';

const serverDir = new URL('../../', import.meta.url).pathname;
const PREFILL = 20_000;

/** Runs one of the CLIs as `pnpm db:…` does, with DATA_DIR; its exit code and output. */
function cli(
  script: 'db-backup' | 'db-restore',
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`src/cli/${script}.ts`, ...args], {
      cwd: serverDir,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', INIT_CWD: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Another process writing to the database without pause, as the app does under load: every
 * row its own transaction, numbered on from `from`.
 */
function startWriter(file: string, from: number): ChildProcess {
  const script = `
    const SQLite = require('better-sqlite3');
    const db = new SQLite(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare('insert into backup_probe (n, payload) values (?, ?)');
    let n = ${from};
    const write = () => {
      for (let i = 0; i < 20; i += 1) insert.run(++n, 'x'.repeat(200));
      setImmediate(write);
    };
    process.on('SIGTERM', () => { db.close(); process.exit(0); });
    write();
  `;
  return spawn(process.execPath, ['-e', script], { cwd: serverDir, stdio: 'ignore' });
}

const rowsIn = (sqlite: SQLite.Database) =>
  sqlite.prepare('select count(*) as count, max(n) as max from backup_probe').get() as {
    count: number;
    max: number;
  };

describe('pnpm db:backup and db:restore (SQLite)', () => {
  const folders: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children.splice(0))
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  // Three CLI processes and a writer process start in this test: on a loaded 2-core machine
  // each start alone can take seconds, beyond the suite's 30 s default.
  it('backs up while another process writes, refuses to restore under it, and restores after', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-backup-'));
    folders.push(dataDir);
    const file = join(dataDir, SQLITE_FILE_NAME);
    const handle = createDatabase({ dataDir });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
    const setup = new SQLite(file);
    setup.exec('create table backup_probe (n integer primary key, payload text not null)');
    const fill = setup.prepare('insert into backup_probe (n, payload) values (?, ?)');
    setup.transaction(() => {
      for (let n = 1; n <= PREFILL; n += 1) fill.run(n, 'x'.repeat(200));
    })();
    setup.close();

    const writer = startWriter(file, PREFILL);
    children.push(writer);
    const reader = new SQLite(file, { readonly: true });
    try {
      await expect.poll(() => rowsIn(reader).max, { timeout: 30_000 }).toBeGreaterThan(PREFILL);
      const committedBefore = rowsIn(reader).max;
      const target = join(dataDir, 'kopie.sqlite');
      const backup = await cli('db-backup', [target], dataDir);
      expect(backup.output).toContain('integriteit ok');
      expect(backup.code).toBe(0);
      // The writer went on during the backup.
      await expect
        .poll(() => rowsIn(reader).max, { timeout: 30_000 })
        .toBeGreaterThan(committedBefore);

      const copy = new SQLite(target, { readonly: true });
      const inCopy = rowsIn(copy);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      // Everything committed before the backup began, and one moment's state: no gaps.
      expect(inCopy.max).toBeGreaterThanOrEqual(committedBefore);
      expect(inCopy.count).toBe(inCopy.max);

      const refused = await cli('db-restore', [target], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('in gebruik');
      // The running "app" noticed nothing.
      const whileRefused = rowsIn(reader).max;
      await expect
        .poll(() => rowsIn(reader).max, { timeout: 30_000 })
        .toBeGreaterThan(whileRefused);
    } finally {
      reader.close();
    }

    const exited = new Promise((resolve) => writer.once('exit', resolve));
    writer.kill('SIGTERM');
    await exited;
    const restore = await cli('db-restore', [join(dataDir, 'kopie.sqlite')], dataDir);
    expect(restore.output).toContain('Hersteld');
    expect(restore.code).toBe(0);

    const restored = new SQLite(file, { readonly: true });
    const copy = new SQLite(join(dataDir, 'kopie.sqlite'), { readonly: true });
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(rowsIn(restored)).toEqual(rowsIn(copy));
      expect(
        restored.prepare('select name from kysely_migration order by name').pluck().all(),
      ).toEqual(migrationNames());
    } finally {
      restored.close();
      copy.close();
    }
    // The app opens the restored database: nothing to migrate, its tables answer.
    const reopened = createDatabase({ dataDir });
    try {
      await migrateToLatest(reopened.db);
      const users = await reopened.db.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
    } finally {
      await reopened.db.destroy();
    }
  }, 180_000);

  it('refuses a file that is no backup of this app, saying why', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-backup-'));
    folders.push(dataDir);
    const other = join(dataDir, 'ander.sqlite');
    const sqlite = new SQLite(other);
    sqlite.exec('create table t (n integer)');
    sqlite.close();
    const refused = await cli('db-restore', [other], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('geen database van Over de schutting');
    const missing = await cli('db-restore', [join(dataDir, 'weg.sqlite')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('bestaat niet');
  });
});
