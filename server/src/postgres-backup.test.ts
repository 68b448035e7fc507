import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createSession as createAuthSession } from './plugins/auth/session-store.ts';
import { prepareDatabase } from './startup.ts';
import { Agent } from './test-support/agent.ts';
import { createSession, createUser } from './test-support/fixtures.ts';
import { testDialects } from './test-support/test-app.ts';

const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;

/** pg_dump and pg_restore of the installed server (Debian keeps them per version). */
function tool(name: 'pg_dump' | 'pg_restore'): string {
  const folder = '/usr/lib/postgresql';
  const versions = existsSync(folder)
    ? readdirSync(folder).sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const path = join(folder, version, 'bin', name);
    if (existsSync(path)) return path;
  }
  return name;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new database on the test server; its URL. */
async function newDatabase(prefix: string, names: string[]): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  names.push(name);
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function counts(db: DatabaseHandle['db']) {
  const count = async (table: 'users' | 'sparring_sessions' | 'municipalities') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    users: await count('users'),
    sessions: await count('sparring_sessions'),
    municipalities: await count('municipalities'),
  };
}

// What docs/backups.md tells an operator to do, done: pg_dump of the live database, then
// pg_restore into an empty one, and the app works on the restored copy.
describe.each(testDialects().filter((d) => d === 'postgres'))(
  'a PostgreSQL backup with pg_dump and pg_restore (%s)',
  () => {
    const databases: string[] = [];
    const folders: string[] = [];
    const handles: DatabaseHandle[] = [];
    afterEach(async () => {
      for (const handle of handles.splice(0)) await handle.db.destroy();
      for (const name of databases.splice(0))
        await admin(`drop database if exists ${name} with (force)`);
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    });

    it('restores schema and data into a fresh database, and the app reads them', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ods-pgdump-'));
      folders.push(dataDir);
      const liveUrl = await newDatabase('ods_live', databases);
      const live = createDatabase({ databaseUrl: liveUrl, dataDir });
      handles.push(live);
      await prepareDatabase(live.db, { seedDemo: false, now: new Date() });
      const app = { db: live.db } as unknown as Parameters<typeof createUser>[0];
      const anna = await createUser(app, {
        email: 'anna@gemeente.example',
        name: 'Anna Visser',
        organisationId: 'GM0363',
      });
      const bram = await createUser(app, {
        email: 'bram@gemeente.example',
        organisationId: 'GM0014',
      });
      const sessionId = await createSession(app, {
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        participants: [{ userId: anna, role: 'facilitator' }, { userId: bram }],
      });
      const cookie = await createAuthSession(live.db, anna, new Date());

      const dump = join(dataDir, 'over-de-schutting.dump');
      run(tool('pg_dump'), ['--format=custom', '--no-owner', `--file=${dump}`, liveUrl]);
      const restoredUrl = await newDatabase('ods_restored', databases);
      run(tool('pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump]);

      const restored = createDatabase({ databaseUrl: restoredUrl, dataDir });
      expect(await counts(restored.db)).toEqual(await counts(live.db));
      const config = loadConfig({
        APP_ENV: 'test',
        DATA_DIR: dataDir,
        DATABASE_URL: restoredUrl,
        SESSION_SECRET: 'test-secret-test-secret-test-secret',
        PUBLIC_URL: 'http://localhost:3000',
      });
      // The app starts on it as on any database: nothing left to migrate.
      await prepareDatabase(restored.db, { seedDemo: false, now: new Date() });
      const server = await buildApp(config, {
        database: restored,
        startWorkers: false,
        logger: false,
      });
      try {
        const agent = new Agent(server).useSession(cookie);
        const profile = await agent.request('GET', '/api/profile');
        expect(profile.statusCode).toBe(200);
        expect(profile.json()).toMatchObject({ name: 'Anna Visser' });
        const sessions = await agent.request('GET', '/api/sessions');
        expect(sessions.statusCode).toBe(200);
        expect(sessions.json<{ upcoming: { id: string }[] }>().upcoming.map((s) => s.id)).toEqual([
          sessionId,
        ]);
      } finally {
        // Closing the app closes the restored database's pool.
        await server.close();
      }
    });
  },
);
