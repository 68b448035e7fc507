import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import {
  connectNotesClient,
  type NotesNodeClient,
} from '@ods/server/features/notes/notes-node-client';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { HttpAgent } from './support/http-agent.ts';
import { postgresAvailable, startPostgres, type RunningPostgres } from './support/postgres.ts';
import { liveKitServerBinary, startLiveKit, type LiveKitDev } from './support/livekit.ts';
import { redisAvailable, startRedis, type RunningRedis } from './support/redis.ts';
import { freePort, startServer, type RunningServer } from './support/server.ts';

// The video server and Redis go away (kill -9) and come back while the real app runs: it
// stays up, says what is unavailable, and catches up. (The mail server: the outbox tests in
// server/src/features/health/health.test.ts and scheduling/smtp-delivery.test.ts.)

interface Health {
  status: string;
  dependencies: Record<string, string>;
}

async function health(
  server: RunningServer,
): Promise<{ status: number; body: Health; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(10_000) });
  return {
    status: response.status,
    body: (await response.json()) as Health,
    ms: Date.now() - started,
  };
}

/** Two participants of a session whose room is open now (or whose notes are open), signed in. */
async function seed(dataDir: string, startsInMinutes: number) {
  const database: DatabaseHandle = createDatabase({ dataDir });
  // The fixtures only use app.db.
  const app = { db: database.db } as unknown as Parameters<typeof createUser>[0];
  const ann = await createUser(app, {
    email: 'ann@amsterdam.nl',
    name: 'Ann',
    organisationId: 'GM0363',
  });
  const bob = await createUser(app, {
    email: 'bob@groningen.nl',
    name: 'Bob',
    organisationId: 'GM0014',
  });
  const sessionId = await createSession(app, {
    participants: [
      { userId: ann, role: 'case-owner' },
      { userId: bob, role: 'facilitator' },
    ],
    startsAt: new Date(Date.now() + startsInMinutes * 60_000).toISOString(),
    state: 'confirmed',
  });
  const cookies = {
    ann: await createAuthSession(database.db, ann, new Date()),
    bob: await createAuthSession(database.db, bob, new Date()),
  };
  await database.db.destroy();
  return { sessionId, cookies };
}

/** Polls until the check returns true, or fails with what it last saw. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const binary = liveKitServerBinary();
const skipReason = 'skipReason' in binary ? binary.skipReason : undefined;

describe.skipIf(skipReason !== undefined)(
  `livekit-server goes away and comes back${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let livekit: LiveKitDev | undefined;
    let server: RunningServer | undefined;
    afterAll(async () => {
      await server?.stop();
      server?.cleanup();
      await livekit?.stop();
    });

    it('answers 503 "video is now unavailable" at once, keeps the rest working, and gives working tokens again', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ods-e2e-'));
      const port = await freePort();
      const bin = (binary as { path: string }).path;
      const webhook = `http://127.0.0.1:${port}/api/livekit/webhook`;
      livekit = await startLiveKit(bin, webhook);
      server = await startServer(
        {
          LIVEKIT_URL: livekit.url,
          LIVEKIT_API_KEY: livekit.apiKey,
          LIVEKIT_API_SECRET: livekit.apiSecret,
        },
        { dataDir, port },
      );
      const { sessionId, cookies } = await seed(dataDir, 5);
      const ann = new HttpAgent(server.url, { ods_session: cookies.ann });
      const roomToken = () => ann.request('POST', `/api/sessions/${sessionId}/room-token`);
      // livekit-server itself says whether a token lets one in.
      const liveKitAccepts = async (token: string) =>
        (await fetch(`http://127.0.0.1:${livekit!.port}/rtc/validate?access_token=${token}`)).ok;

      const before = await roomToken();
      expect(before.status).toBe(200);
      expect(await liveKitAccepts((before.body as { token: string }).token)).toBe(true);
      expect((await health(server)).body.dependencies.livekit).toBe('ok');

      const ports = { port: livekit.port, rtcPort: livekit.rtcPort };
      await livekit.stop('SIGKILL');
      await eventually(async () => (await roomToken()).status === 503, 'a 503 from the room');
      const started = Date.now();
      const down = await roomToken();
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(down).toEqual({
        status: 503,
        body: {
          code: 'VIDEO_DOWN',
          message: expect.stringContaining('Video is nu niet beschikbaar'),
        },
      });
      const report = await health(server);
      expect(report.status).toBe(200);
      expect(report.ms).toBeLessThan(3_000);
      expect(report.body).toMatchObject({
        status: 'degraded',
        dependencies: { database: 'ok', livekit: 'unavailable' },
      });
      // Everything but the video works.
      expect((await ann.request('GET', `/api/sessions/${sessionId}`)).status).toBe(200);
      expect((await ann.request('GET', `/api/sessions/${sessionId}/room`)).status).toBe(200);
      expect((await ann.request('GET', '/api/profile')).status).toBe(200);

      livekit = await startLiveKit(bin, webhook, ports);
      await eventually(async () => (await roomToken()).status === 200, 'a token after the return');
      const after = await roomToken();
      expect(await liveKitAccepts((after.body as { token: string }).token)).toBe(true);
      expect((await health(server)).body).toMatchObject({ status: 'ok' });
    });
  },
);

// The notes are a Y.XmlFragment named 'default' (Tiptap's Collaboration extension).
const notesText = (doc: Y.Doc) => doc.getXmlFragment('default').toJSON();
function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').push([paragraph]);
}

describe.skipIf(!redisAvailable)(
  redisAvailable
    ? 'redis-server goes away and comes back'
    : 'redis-server goes away and comes back (skipped: apt-get install -y redis-server)',
  () => {
    let redis: RunningRedis | undefined;
    let first: RunningServer | undefined;
    let second: RunningServer | undefined;
    const clients: NotesNodeClient[] = [];
    afterAll(async () => {
      for (const client of clients) client.destroy();
      await second?.stop();
      await first?.stop();
      first?.cleanup();
      await redis?.stop();
    });

    it('keeps both instances up, says Redis is down, and syncs the notes again after it returns', async () => {
      redis = await startRedis();
      const env = { REDIS_URL: redis.url };
      first = await startServer(env);
      second = await startServer(env, { dataDir: first.dataDir, port: await freePort() });
      const { sessionId, cookies } = await seed(first.dataDir, -10);
      const a = connectNotesClient(first.url, sessionId, `ods_session=${cookies.ann}`);
      const b = connectNotesClient(second.url, sessionId, `ods_session=${cookies.bob}`);
      clients.push(a, b);
      await Promise.all([a.synced, b.synced]);
      appendParagraph(a.doc, 'voor-de-storing');
      await expect.poll(() => notesText(b.doc), { timeout: 10_000 }).toContain('voor-de-storing');

      await redis.stop('SIGKILL');
      for (const server of [first, second]) {
        await eventually(
          async () => (await health(server)).body.dependencies.redis === 'unavailable',
          'redis unavailable in /health',
        );
        const report = await health(server);
        expect(report).toMatchObject({ status: 200, body: { status: 'degraded' } });
        expect(report.ms).toBeLessThan(3_000);
        expect((await fetch(`${server.url}/api/session`)).status).toBe(200);
      }
      // Each goes on writing on its own instance; the edits are stored and acknowledged.
      appendParagraph(a.doc, 'tijdens-de-storing-a');
      appendParagraph(b.doc, 'tijdens-de-storing-b');
      await Promise.all([a.acknowledged(), b.acknowledged()]);
      // Longer than ioredis keeps commands queued for a lost connection (20 retries).
      await new Promise((resolve) => setTimeout(resolve, 12_000));

      redis = await startRedis(redis.port);
      for (const server of [first, second])
        await eventually(
          async () => (await health(server)).body.dependencies.redis === 'ok',
          'redis ok in /health',
        );
      await expect
        .poll(() => notesText(b.doc), { timeout: 15_000 })
        .toContain('tijdens-de-storing-a');
      await expect
        .poll(() => notesText(a.doc), { timeout: 15_000 })
        .toContain('tijdens-de-storing-b');
      appendParagraph(b.doc, 'na-de-storing');
      await expect.poll(() => notesText(a.doc), { timeout: 10_000 }).toContain('na-de-storing');
      await expect.poll(() => notesText(a.doc) === notesText(b.doc)).toBe(true);
      // One line per outage in the log, not a stack trace per reconnect attempt.
      for (const server of [first, second])
        expect(server.output()).not.toContain('Unhandled error event');
    });
  },
);

describe.skipIf(!postgresAvailable)(
  postgresAvailable
    ? 'PostgreSQL goes away and comes back'
    : 'PostgreSQL goes away and comes back (skipped: apt-get install -y postgresql)',
  () => {
    let postgres: RunningPostgres | undefined;
    let server: RunningServer | undefined;
    afterAll(async () => {
      await server?.stop();
      server?.cleanup();
      postgres?.remove();
    });

    it('stays up, answers 503 "try again" at once while it is down, and works again after', async () => {
      postgres = await startPostgres();
      server = await startServer({ DATABASE_URL: postgres.url });
      const database = createDatabase({ dataDir: server.dataDir, databaseUrl: postgres.url });
      const app = { db: database.db } as unknown as Parameters<typeof createUser>[0];
      const ann = await createUser(app, {
        email: 'ann@amsterdam.nl',
        name: 'Ann',
        organisationId: 'GM0363',
      });
      const cookie = await createAuthSession(database.db, ann, new Date());
      await database.db.destroy();
      const agent = new HttpAgent(server.url, { ods_session: cookie });
      expect((await agent.request('GET', '/api/profile')).status).toBe(200);

      // Abruptly, as in a crash or a failover: the pool's idle connections are cut off.
      postgres.stop('immediate');
      await eventually(
        async () => (await agent.request('GET', '/api/profile')).status === 503,
        'a 503 while the database is down',
      );
      const started = Date.now();
      const down = await agent.request('GET', '/api/profile');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(down).toEqual({
        status: 503,
        body: {
          code: 'DATABASE_UNAVAILABLE',
          message: expect.stringContaining('Probeer het over een minuut opnieuw'),
        },
      });
      // /health answers from a cache of about a second.
      await eventually(
        async () => (await health(server!)).body.status === 'unavailable',
        '/health says the database is unavailable',
      );
      expect(server.process.exitCode).toBeNull();

      postgres.start();
      await eventually(
        async () => (await agent.request('GET', '/api/profile')).status === 200,
        'the profile again after the database returns',
        30_000,
      );
      await eventually(async () => (await health(server!)).status === 200, '/health ok again');
      expect(server.output()).not.toContain('ann@amsterdam.nl');
    });
  },
);
