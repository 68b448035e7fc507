// Seeds the bench's database for ods-server.ts, in a process of its own so the server under
// test starts on a seeded database the way a production server does, without the seeding's
// heap. Arguments: data folder, documents, editors; DATABASE_URL and BENCH_PG_SCHEMA select
// PostgreSQL. Prints the sessions with their participants' cookies as one JSON line.
import { createDatabase, migrateToLatest, seedReferenceData } from '@ods/db';
import { buildApp } from '@ods/server/app';
import { loadConfig } from '@ods/server/config';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';

const [, , dataDir, documentsArg, editorsArg] = process.argv;
const schema = process.env.BENCH_PG_SCHEMA;
const config = loadConfig({
  APP_ENV: 'test',
  DATA_DIR: dataDir!,
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
});
const database = createDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: dataDir!,
  ...(schema ? { postgresSchema: schema } : {}),
});
await migrateToLatest(database.db, schema);
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
await app.close();
console.log(JSON.stringify(sessions));
