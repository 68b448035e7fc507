import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openSqliteFile } from './create-database.ts';

describe('the SQLite file', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  // Found by pnpm test:crash: a reply (read the session, then write the answer) failed with
  // "database is locked" (500) while the notes log thread, the second writer on the same
  // file, stored an edit between the read and the write. A deferred transaction's snapshot
  // cannot become a write transaction after another connection wrote, and SQLite says BUSY
  // at once instead of waiting.
  it('keeps a read-then-write transaction when the second writer writes in between', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-db-'));
    folders.push(dataDir);
    const handle = createDatabase({ dataDir });
    await sql`create table t (n integer)`.execute(handle.db);
    const other = openSqliteFile(join(dataDir, 'over-de-schutting.sqlite'));
    // The other writer lives in a worker thread and waits; here it must not block this thread.
    other.pragma('busy_timeout = 0');
    let otherWaited = false;
    try {
      await handle.db.transaction().execute(async (trx) => {
        await sql`select count(*) from t`.execute(trx);
        try {
          other.prepare('insert into t (n) values (1)').run();
        } catch (error) {
          otherWaited = (error as { code?: string }).code === 'SQLITE_BUSY';
        }
        await sql`insert into t (n) values (2)`.execute(trx);
      });
      // The other writer waited for the transaction and writes after it.
      expect(otherWaited).toBe(true);
      other.prepare('insert into t (n) values (1)').run();
      const { rows } = await sql<{ n: number }>`select n from t order by rowid`.execute(handle.db);
      expect(rows.map((r) => r.n)).toEqual([2, 1]);
    } finally {
      other.close();
      await handle.db.destroy();
    }
  });
});
