import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  migrateToLatest,
  migrationNames,
  withAdvisoryLock,
  type DatabaseHandle,
} from '@ods/db';
import { openSharedDatabase, type SharedDatabase } from './test-support/shared-database.ts';
import { testDialects } from './test-support/test-app.ts';
import { prepareDatabase } from './startup.ts';

const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;

/** A new, empty database on the test PostgreSQL server, as a fresh deployment has. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ods_start_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

// Several instances on one database are a PostgreSQL deployment; on SQLite the lock is a
// no-op (one machine) and there is nothing to race.
describe.each(testDialects().filter((d) => d === 'postgres'))(
  'several app instances starting at once (%s)',
  () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it('migrate and seed an empty database once: one seeds, the others find it done', async () => {
      const database = await freshDatabase();
      cleanups.push(() => database.drop());
      const dataDir = mkdtempSync(join(tmpdir(), 'ods-start-'));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      const handles: DatabaseHandle[] = Array.from({ length: 3 }, () =>
        createDatabase({ databaseUrl: database.url, dataDir }),
      );
      cleanups.push(async () => {
        for (const handle of handles) await handle.db.destroy();
      });
      const now = new Date();
      const results = await Promise.all(
        handles.map((h) => prepareDatabase(h.db, { seedDemo: true, now })),
      );
      expect(results.filter((r) => r.demoSeeded)).toHaveLength(1);
      const db = handles[0]!.db;
      const demoAccounts = await db
        .selectFrom('users')
        .select('email')
        .where('email', 'like', '%@demo.example')
        .execute();
      expect(demoAccounts.length).toBeGreaterThan(0);
      expect(new Set(demoAccounts.map((u) => u.email)).size).toBe(demoAccounts.length);
      const { rows } = await sql(
        database.url,
        'select count(*)::int as n, count(distinct name)::int as names from kysely_migration',
      );
      expect(rows[0]!.n).toBe(rows[0]!.names);
      // A restart later: nothing more is seeded.
      const again = await prepareDatabase(db, { seedDemo: true, now });
      expect(again.demoSeeded).toBe(false);
    });

    // Kysely's migrator takes an advisory lock of its own around the migrations (and reads
    // what ran only once it holds it): without ours, too, no migration runs twice.
    it("runs each migration once when several migrators start at once (Kysely's own lock)", async () => {
      const database = await freshDatabase();
      cleanups.push(() => database.drop());
      const dataDir = mkdtempSync(join(tmpdir(), 'ods-start-'));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      const handles: DatabaseHandle[] = Array.from({ length: 3 }, () =>
        createDatabase({ databaseUrl: database.url, dataDir }),
      );
      cleanups.push(async () => {
        for (const handle of handles) await handle.db.destroy();
      });
      await Promise.all(handles.map((h) => migrateToLatest(h.db)));
      const { rows } = await sql(database.url, 'select name from kysely_migration order by name');
      expect(rows.map((r) => r.name)).toEqual(migrationNames());
    });
  },
);

async function sql(
  url: string,
  text: string,
): Promise<{ rows: Record<string, number | string>[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

describe.each(testDialects().filter((d) => d === 'postgres'))('a job lock (%s)', (dialect) => {
  let shared: SharedDatabase | undefined;
  let other: SharedDatabase | undefined;
  afterEach(async () => {
    await shared?.close();
    await other?.close();
    shared = other = undefined;
  });

  it('lets one instance at a time run a job, and is free again after a failure', async () => {
    shared = await openSharedDatabase(dialect, 2);
    other = await openSharedDatabase(dialect, 1);
    const [a, b] = shared.handles.map((h) => h.db);
    let finish = () => {};
    const working = new Promise<void>((resolve) => (finish = resolve));
    let started = () => {};
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const first = withAdvisoryLock(a!, 'job', async () => {
      started();
      await working;
      return 'first';
    });
    await hasStarted;
    // Another instance on the same database passes; one on another schema is not held up.
    expect(await withAdvisoryLock(b!, 'job', async () => 'second')).toEqual({ ran: false });
    expect(await withAdvisoryLock(other.handles[0]!.db, 'job', async () => 'elsewhere')).toEqual({
      ran: true,
      value: 'elsewhere',
    });
    // One that waits runs right after.
    const waiting = withAdvisoryLock(b!, 'job', async () => 'waited', { wait: true });
    finish();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await waiting).toEqual({ ran: true, value: 'waited' });

    await expect(
      withAdvisoryLock(a!, 'job', async () => {
        throw new Error('job failed');
      }),
    ).rejects.toThrow('job failed');
    expect(await withAdvisoryLock(b!, 'job', async () => 'after')).toEqual({
      ran: true,
      value: 'after',
    });
  });
});
