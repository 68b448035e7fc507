// The real app (Fastify, session cookies, participant check, every update stored before it is
// acknowledged, compaction) on a fresh SQLite database (or DATABASE_URL, in a schema of its
// own), seeded by ods-seed.ts in a separate process first. Prints {"port", "sessions"} once it
// listens.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createDatabase } from '@ods/db';
import { buildApp } from '@ods/server/app';
import { loadConfig } from '@ods/server/config';
import { answerLoopDelay } from './loop-delay.ts';

const [, , portArg, documentsArg, editorsArg] = process.argv;
const dataDir = mkdtempSync(join(tmpdir(), 'ods-bench-notes-'));
// Each round its own PostgreSQL schema, so rounds do not meet each other's users.
const schema = process.env.DATABASE_URL ? `bench_${randomBytes(4).toString('hex')}` : undefined;
const sessions: unknown = JSON.parse(
  execFileSync(
    process.execPath,
    [new URL('./ods-seed.ts', import.meta.url).pathname, dataDir, documentsArg!, editorsArg!],
    { env: { ...process.env, ...(schema ? { BENCH_PG_SCHEMA: schema } : {}) }, encoding: 'utf8' },
  ),
);
const config = loadConfig({
  APP_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
  PUBLIC_URL: `http://127.0.0.1:${portArg}`,
});
const database = createDatabase({
  databaseUrl: config.databaseUrl,
  dataDir,
  ...(schema ? { postgresSchema: schema } : {}),
});
const app = await buildApp(config, { database, startWorkers: false, logger: false });
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
answerLoopDelay();
console.log(JSON.stringify({ port: Number(portArg), sessions }));
process.once('SIGTERM', () => {
  void app
    .close()
    .then(async () => {
      if (!schema) return;
      const admin = createDatabase({ databaseUrl: config.databaseUrl, dataDir });
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.db.destroy();
    })
    .then(() => process.exit(0));
});
