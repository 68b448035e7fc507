import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, createDatabase } from './create-database.ts';
import { migrateToLatest } from './migrations.ts';
import { backupSqlite } from './sqlite-backup.ts';

describe('backupSqlite', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('ends while another connection grows the database between every two steps', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-backup-unit-'));
    folders.push(dataDir);
    const file = join(dataDir, SQLITE_FILE_NAME);
    const handle = createDatabase({ dataDir });
    await migrateToLatest(handle.db);
    await handle.db.destroy();

    // A writer that adds a page's worth of rows on every turn of the event loop: the backup
    // takes its steps on turns too, so the database has grown before each of them. Copying "as
    // many pages as the last step saw" then never reached the end (the backup hung in CI).
    const writer = new SQLite(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('create table backup_probe (n integer primary key, payload text not null)');
    const insert = writer.prepare('insert into backup_probe (n, payload) values (?, ?)');
    // Large enough for more pages than a step of the page count seen last could cover.
    let written = 0;
    writer.transaction(() => {
      for (; written < 40_000;) insert.run(++written, 'x'.repeat(200));
    })();
    let writing = true;
    const write = () => {
      if (!writing) return;
      writer.transaction(() => {
        for (let i = 0; i < 20; i += 1) insert.run(++written, 'x'.repeat(200));
      })();
      setImmediate(write);
    };
    write();
    try {
      const backup = join(dataDir, 'kopie.sqlite');
      const check = await backupSqlite(file, backup);
      expect(check.pending).toEqual([]);
      const copy = new SQLite(backup, { readonly: true });
      const rows = copy
        .prepare('select count(*) as count, max(n) as max from backup_probe')
        .get() as {
        count: number;
        max: number;
      };
      copy.close();
      // One moment's state: every row up to the last one copied, no gaps.
      expect(rows.count).toBe(rows.max);
      expect(rows.max).toBeGreaterThan(0);
    } finally {
      writing = false;
      writer.close();
    }
  }, 20_000);
});
