import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import {
  connectNotesClient,
  type NotesNodeClient,
} from '@ods/server/features/notes/notes-node-client';
import { DEBT_PEOPLE } from '@ods/server/features/rounds/rounds.fixtures';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { HttpAgent } from './support/http-agent.ts';
import { redisAvailable, startRedis, type RunningRedis } from './support/redis.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startSmtp, type RunningSmtp } from './support/smtp.ts';

// Two app instances behind one imaginary load balancer: one PostgreSQL database, one Redis,
// one mail server. Whatever a person does on either, the app behaves as one.
const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;
if (!postgresUrl && process.env.CI)
  throw new Error('ODS_TEST_POSTGRES_URL is not set: CI must start PostgreSQL for these tests');
const missing = [
  ...(postgresUrl ? [] : ['ODS_TEST_POSTGRES_URL is not set (scripts/start-postgres.sh)']),
  ...(redisAvailable ? [] : ['redis-server is not installed']),
];

const date = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const notesText = (doc: Y.Doc) => doc.getXmlFragment('default').toJSON();

function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').push([paragraph]);
}

/** A new, empty database on the test PostgreSQL server, as a fresh deployment has. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ods_multi_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(missing.length > 0)(
  missing.length > 0
    ? `two app instances on PostgreSQL and Redis (skipped: ${missing.join('; ')})`
    : 'two app instances on PostgreSQL and Redis',
  () => {
    let database: { url: string; drop(): Promise<void> } | undefined;
    let handle: DatabaseHandle | undefined;
    let redis: RunningRedis | undefined;
    let smtp: RunningSmtp | undefined;
    let first: RunningServer | undefined;
    let second: RunningServer | undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-multi-'));
    const clients: NotesNodeClient[] = [];

    beforeAll(async () => {
      database = await freshDatabase();
      redis = await startRedis();
      smtp = await startSmtp();
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        SMTP_URL: smtp.url,
        // Every instance signs and checks cookies and links with the same secret.
        SESSION_SECRET: 'several-instances-share-one-secret-here',
      };
      // Both start at once on the empty database: one migrates, the other waits for it.
      [first, second] = await Promise.all([startServer(env), startServer(env)]);
      handle = createDatabase({ databaseUrl: database.url, dataDir });
    });

    afterAll(async () => {
      for (const client of clients) client.destroy();
      await Promise.all([first?.stop(), second?.stop()]);
      first?.cleanup();
      second?.cleanup();
      await handle?.db.destroy();
      await redis?.stop();
      await smtp?.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** Asks for a sign-in link on one instance and follows the mailed link on the other. */
    async function signIn(
      email: string,
      askOn: RunningServer,
      signInOn: RunningServer,
    ): Promise<HttpAgent> {
      const before = smtp!.mails.length;
      const asked = await new HttpAgent(askOn.url).request('POST', '/api/auth/login-link', {
        email,
      });
      expect(asked.status).toBe(202);
      const token = await until('the sign-in mail', async () => {
        const mail = smtp!.mails.slice(before).find((m) => m.to === email);
        return mail ? /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] : undefined;
      });
      const agent = new HttpAgent(signInOn.url);
      const signedIn = await agent.request('POST', '/api/auth/session', { token });
      expect(signedIn.status).toBe(200);
      return agent;
    }

    /** The same signed-in person, now talking to another instance. */
    const onInstance = (agent: HttpAgent, server: RunningServer) =>
      new HttpAgent(server.url, { ods_session: agent.cookie('ods_session')! });

    it('signs in on one and acts on the other; a committed round mails everyone exactly once', async () => {
      const app = { db: handle!.db } as unknown as Parameters<typeof createUser>[0];
      for (const person of DEBT_PEOPLE) await createUser(app, person);
      await createUser(app, {
        email: 'coordinator@provincie.example',
        name: 'Coco Ordinator',
        organisationId: 'GM0344',
        role: 'coordinator',
      });

      const onSecond = await signIn('coordinator@provincie.example', first!, second!);
      const onFirst = onInstance(onSecond, first!);
      const profile = await onFirst.request('GET', '/api/profile');
      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({ name: 'Coco Ordinator' });

      const proposed = await onFirst.request('POST', '/api/rounds', {
        periodStart: date(7),
        periodEnd: date(35),
      });
      expect(proposed.status).toBe(201);
      const roundId = (proposed.body as { id: string }).id;
      const committed = await onSecond.request('POST', `/api/rounds/${roundId}/commit`);
      expect(committed.status).toBe(200);

      // Both instances' schedulers and outboxes run; every session is invited once.
      const sessions = await until('the invitations', async () => {
        const rows = await handle!.db
          .selectFrom('sparring_sessions')
          .select(['id', 'state'])
          .where('round_id', '=', roundId)
          .execute();
        return rows.length > 0 && rows.every((r) => r.state === 'invited') ? rows : undefined;
      });
      const outbox = await until('the outbox to be delivered', async () => {
        const rows = await handle!.db
          .selectFrom('outbox')
          .select(['id', 'kind', 'state'])
          .execute();
        return rows.every((r) => r.state === 'sent') ? rows : undefined;
      });
      const participants = await handle!.db
        .selectFrom('session_participants')
        .select('user_id')
        .where(
          'session_id',
          'in',
          sessions.map((s) => s.id),
        )
        .execute();
      expect(participants.length).toBeGreaterThanOrEqual(3);
      // One invitation per participant of the round, no more.
      expect(outbox.filter((m) => m.kind === 'invitation')).toHaveLength(participants.length);
      // Every mail of the outbox arrived, each exactly once (its Message-ID is its outbox id).
      const arrived = smtp!.mails.map((m) => /^<([^@]+)@/.exec(m.messageId)?.[1]);
      expect([...arrived].sort()).toEqual(outbox.map((m) => m.id).sort());
    });

    it('writes the notes on both instances and both see the same text', async () => {
      const app = { db: handle!.db } as unknown as Parameters<typeof createUser>[0];
      const annId = await createUser(app, {
        email: 'anna.notes@gemeente.example',
        organisationId: 'GM0363',
      });
      const bramId = await createUser(app, {
        email: 'bram.notes@gemeente.example',
        organisationId: 'GM0014',
      });
      const sessionId = await createSession(app, {
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        state: 'confirmed',
        participants: [
          { userId: annId, role: 'facilitator' },
          { userId: bramId, role: 'case-owner' },
        ],
      });
      const anna = await signIn('anna.notes@gemeente.example', second!, first!);
      const bram = await signIn('bram.notes@gemeente.example', first!, second!);
      const a = connectNotesClient(
        first!.url,
        sessionId,
        `ods_session=${anna.cookie('ods_session')}`,
      );
      const b = connectNotesClient(
        second!.url,
        sessionId,
        `ods_session=${bram.cookie('ods_session')}`,
      );
      clients.push(a, b);
      await Promise.all([a.synced, b.synced]);
      for (let i = 0; i < 10; i += 1) {
        appendParagraph(a.doc, `via-eerste-${i}`);
        appendParagraph(b.doc, `via-tweede-${i}`);
      }
      await expect.poll(() => notesText(a.doc), { timeout: 20_000 }).toContain('via-tweede-9');
      await expect.poll(() => notesText(b.doc), { timeout: 20_000 }).toContain('via-eerste-9');
      await expect
        .poll(() => notesText(a.doc) === notesText(b.doc), { timeout: 20_000 })
        .toBe(true);
      // One method template, though both instances loaded the document.
      expect(notesText(a.doc).split('>De casus<').length - 1).toBe(1);
    });
  },
);
