// The real app (Fastify, session cookies, participant check, every update stored before it is
// acknowledged, compaction) on a fresh SQLite database (or DATABASE_URL), with the bench's
// sessions and signed-in participants seeded. Prints {"port", "sessions"} once it listens.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest, seedReferenceData } from '@ods/db';
import { buildApp } from '@ods/server/app';
import { loadConfig } from '@ods/server/config';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { answerLoopDelay } from './loop-delay.ts';

const [, , portArg, documentsArg, editorsArg] = process.argv;
const dataDir = mkdtempSync(join(tmpdir(), 'ods-bench-notes-'));
const config = loadConfig({
  APP_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
  PUBLIC_URL: `http://127.0.0.1:${portArg}`,
});
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir });
await migrateToLatest(database.db);
await seedReferenceData(database.db);
const app = await buildApp(config, { database, startWorkers: false, logger: false });
const organisations = ['GM0363', 'GM0344', 'GM0599', 'GM0518', 'GM0014'];
const sessions: { id: string; cookies: string[] }[] = [];
for (let d = 0; d < Number(documentsArg); d += 1) {
  const participants: { userId: string; role: 'facilitator' | 'member' }[] = [];
  const cookies: string[] = [];
  for (let e = 0; e < Number(editorsArg); e += 1) {
    const userId = await createUser(app, {
      email: `bench-${d}-${e}@example.nl`,
      organisationId: organisations[e % organisations.length]!,
    });
    participants.push({ userId, role: e === 0 ? 'facilitator' : 'member' });
    cookies.push(`ods_session=${await createAuthSession(database.db, userId, new Date())}`);
  }
  const id = await createSession(app, {
    startsAt: new Date().toISOString(),
    state: 'live',
    participants,
  });
  sessions.push({ id, cookies });
}
await app.listen({ port: Number(portArg), host: '127.0.0.1' });
answerLoopDelay();
console.log(JSON.stringify({ port: Number(portArg), sessions }));
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
