import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createDatabase, seedReferenceData, type DatabaseDialect } from '@ods/db';
import { buildApp, type AppDependencies } from '../app.ts';
import { loadConfig, type AppConfig } from '../config.ts';
import type { Clock } from '../lib/time.ts';
import { migrateTestDatabase } from './shared-database.ts';

/** PostgreSQL for tests: set ODS_TEST_POSTGRES_URL (CI does) and every DB test runs on both. */
const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;

/** The databases the integration tests run against in this environment. */
export function testDialects(): DatabaseDialect[] {
  return postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A clock the test moves by hand; each reading is 1 ms later, so events keep their order. */
export class TestClock implements Clock {
  current: Date;
  constructor(start: string | Date = '2026-11-23T09:00:00.000Z') {
    this.current = new Date(start);
  }
  now(): Date {
    this.current = new Date(this.current.getTime() + 1);
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: FastifyInstance;
  clock: TestClock;
  config: AppConfig;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real app on a real database: an SQLite file in a temporary folder, or a fresh schema
 * in the test PostgreSQL server. Migrated and seeded with reference data, no demo data.
 */
export async function createTestApp(
  dialect: DatabaseDialect = 'sqlite',
  overrides: Record<string, string> = {},
  /** Settings without an environment variable, e.g. the production rate limits. */
  configOverrides: Partial<AppConfig> = {},
  /** A logger for tests that read the log (default: none). */
  logger: AppDependencies['logger'] = false,
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ods-test-'));
  const config = {
    ...loadConfig({
      APP_ENV: 'test',
      DATA_DIR: dataDir,
      SESSION_SECRET: 'test-secret-test-secret-test-secret',
      PUBLIC_URL: 'http://localhost:3000',
      ...overrides,
    }),
    ...configOverrides,
  };
  let schema: string | undefined;
  if (dialect === 'postgres') {
    if (!postgresUrl) throw new Error('ODS_TEST_POSTGRES_URL is not set');
    schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
  }
  const database = createDatabase({
    databaseUrl: dialect === 'postgres' ? postgresUrl : undefined,
    dataDir,
    ...(schema ? { postgresSchema: schema } : {}),
  });
  await migrateTestDatabase(database.db, schema);
  await seedReferenceData(database.db);
  const clock = new TestClock();
  const app = await buildApp(config, { database, clock, startWorkers: false, logger });
  await app.ready();
  return {
    app,
    clock,
    config,
    dataDir,
    async close() {
      await app.close();
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
