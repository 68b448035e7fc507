import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements, createDatabase, openSqliteFile } from './create-database.ts';

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

describe('prepared statements kept by SQL text', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  const open = () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-db-'));
    folders.push(dataDir);
    return openSqliteFile(join(dataDir, 'over-de-schutting.sqlite'));
  };

  it('prepares a query once, and gives a fresh statement while the kept one is iterated', () => {
    const sqlite = open();
    sqlite.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const cache = cachingStatements(sqlite);
    const first = cache.prepare('select n from t order by n');
    expect(cache.prepare('select n from t order by n')).toBe(first);
    // A query that reads while another read of the same text is under way (a stream).
    const seen: unknown[] = [];
    for (const row of (first as unknown as { iterate(): Iterable<{ n: number }> }).iterate()) {
      const inner = cache.prepare('select n from t order by n');
      expect(inner).not.toBe(first);
      seen.push(row.n, (inner as unknown as { all(): { n: number }[] }).all().length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    expect(cache.prepare('select n from t order by n')).toBe(first);
    cache.close();
  });

  it('answers the same through Kysely as before, also after the schema changed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-db-'));
    folders.push(dataDir);
    const handle = createDatabase({ dataDir });
    await sql`create table t (n integer)`.execute(handle.db);
    await sql`insert into t values (1)`.execute(handle.db);
    const all = () => sql<Record<string, unknown>>`select * from t`.execute(handle.db);
    expect((await all()).rows).toEqual([{ n: 1 }]);
    await sql`alter table t add column m integer default 7`.execute(handle.db);
    expect((await all()).rows).toEqual([{ n: 1, m: 7 }]);
    await handle.db.destroy();
  });
});
