import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import {
  createDatabase,
  migrateToLatest,
  type Database,
  type DatabaseDialect,
  type DatabaseHandle,
} from '@ods/db';

/**
 * Migrates a test's own schema. Kysely's migrator looks at the tables of every schema
 * (`has_schema_privilege` by name), and fails with "schema … does not exist" when another
 * test drops its schema at that moment: that is someone else's, so it tries again.
 */
export async function migrateTestDatabase(db: Kysely<Database>, schema?: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateToLatest(db, schema);
      return;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const othersDropped =
        cause?.code === '3F000' && schema !== undefined && !cause.message?.includes(schema);
      if (!othersDropped || attempt >= 5) throw error;
    }
  }
}

export interface SharedDatabase {
  /** Each with its own connection pool, as separate app instances have. */
  handles: DatabaseHandle[];
  close(): Promise<void>;
}

/**
 * One migrated database (no reference data) opened `count` times, as several app instances open it: a fresh
 * schema in the test PostgreSQL server, or one SQLite file. (SQLite handles in one thread
 * cannot wait for each other's write lock without blocking that thread: use one there.)
 */
export async function openSharedDatabase(
  dialect: DatabaseDialect,
  count: number,
): Promise<SharedDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ods-shared-'));
  const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;
  let schema: string | undefined;
  if (dialect === 'postgres') {
    if (!postgresUrl) throw new Error('ODS_TEST_POSTGRES_URL is not set');
    schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
  }
  const handles = Array.from({ length: count }, () =>
    createDatabase({
      databaseUrl: dialect === 'postgres' ? postgresUrl : undefined,
      dataDir,
      ...(schema ? { postgresSchema: schema } : {}),
    }),
  );
  await migrateTestDatabase(handles[0]!.db, schema);
  return {
    handles,
    async close() {
      for (const handle of handles) await handle.db.destroy();
      if (schema) {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
