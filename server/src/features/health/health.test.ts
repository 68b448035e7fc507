import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

interface Health {
  status: string;
  dependencies: Record<string, string>;
}

/** A TCP server that accepts connections and never says a word: a dependency that hangs. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A real SMTP server in the test process that can be stopped and started on its port. */
function smtpServer() {
  const received: string[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  return {
    received,
    get port() {
      return port;
    },
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, callback) {
          let raw = '';
          stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
          stream.on('end', () => {
            received.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '');
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server.server.address() as AddressInfo).port;
    },
    async stop() {
      await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
    },
  };
}

describe.each(testDialects())('/health and dependencies that go away (%s)', (dialect) => {
  let t: TestApp | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await t?.close();
    t = undefined;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const health = async () => {
    const started = Date.now();
    const response = await t!.app.inject({ method: 'GET', url: '/health' });
    return { response, body: response.json<Health>(), ms: Date.now() - started };
  };

  it('names each dependency, and what is not configured', async () => {
    t = await createTestApp(dialect);
    const { response, body } = await health();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(body).toMatchObject({
      status: 'ok',
      dependencies: {
        database: 'ok',
        mail: 'not-configured',
        livekit: 'not-configured',
        redis: 'not-configured',
      },
    });
  });

  it('answers within its deadline when the mail and video servers hang, and leaks no secret', async () => {
    const mail = await silentServer();
    const video = await silentServer();
    cleanups.push(
      () => mail.close(),
      () => video.close(),
    );
    t = await createTestApp(dialect, {
      SMTP_URL: `smtp://postmaster:smtp-wachtwoord@127.0.0.1:${mail.port}`,
      LIVEKIT_URL: `ws://127.0.0.1:${video.port}`,
      LIVEKIT_API_KEY: 'key',
      LIVEKIT_API_SECRET: 'livekit-geheim-livekit-geheim-livekit',
    });
    const { response, body, ms } = await health();
    expect(ms).toBeLessThan(3_000);
    expect(response.statusCode).toBe(200);
    expect(body).toMatchObject({
      status: 'degraded',
      dependencies: { database: 'ok', mail: 'unavailable', livekit: 'unavailable' },
    });
    for (const secret of ['smtp-wachtwoord', 'postmaster', 'livekit-geheim', String(mail.port)])
      expect(response.body).not.toContain(secret);
  });

  it('keeps mail while the mail server is down, without spending attempts, and sends each once when it is back', async () => {
    const smtp = smtpServer();
    await smtp.start();
    await smtp.stop();
    t = await createTestApp(dialect, { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const visitor = new Agent(t.app);
    for (const who of ['ans', 'bas', 'cor'])
      expect(
        (await visitor.request('POST', '/api/auth/login-link', { email: `${who}@example.nl` }))
          .statusCode,
      ).toBe(202);
    const outbox = () =>
      t!.app.db.selectFrom('outbox').select(['id', 'state', 'attempts']).orderBy('id').execute();

    // The first attempt finds the server gone; the other mails wait for it.
    expect(await t.app.mailWorker.runOnce()).toBe(0);
    expect((await outbox()).map((m) => m.attempts).sort()).toEqual([0, 0, 1]);
    expect((await health()).body.dependencies.mail).toBe('unavailable');
    // The worker keeps asking; while nobody answers, no mail spends an attempt.
    for (let i = 0; i < 5; i += 1) expect(await t.app.mailWorker.runOnce()).toBe(0);
    expect((await outbox()).map((m) => m.attempts).sort()).toEqual([0, 0, 1]);
    expect((await outbox()).every((m) => m.state === 'pending')).toBe(true);

    // Back: everything goes at the next run, not after the first mail's backoff.
    await smtp.start();
    cleanups.push(() => smtp.stop());
    expect(await t.app.mailWorker.runOnce()).toBe(3);
    expect(await t.app.mailWorker.runOnce()).toBe(0);
    const sent = await outbox();
    expect(sent.every((m) => m.state === 'sent')).toBe(true);
    expect(smtp.received.sort()).toEqual(sent.map((m) => `<${m.id}@localhost>`).sort());
  });
});

describe.each(testDialects())('liveness and readiness for orchestrators (%s)', (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is live and ready once migrated, and not ready while a migration is missing', async () => {
    t = await createTestApp(dialect);
    const live = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).json()).toEqual({
      status: 'ready',
    });

    // A database whose schema is behind this build (another instance not yet migrated it).
    await t.close();
    t = await createTestApp(dialect);
    const last = await sql<{ name: string }>`
      select name from kysely_migration order by name desc limit 1`.execute(t.app.db);
    await sql`delete from kysely_migration where name = ${last.rows[0]!.name}`.execute(t.app.db);
    const behind = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(behind.statusCode).toBe(503);
    expect(behind.json()).toEqual({ status: 'migrations-pending' });
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    // Once the migration has run, ready without a restart.
    await sql`insert into kysely_migration (name, timestamp) values (${last.rows[0]!.name}, ${new Date().toISOString()})`.execute(
      t.app.db,
    );
    expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  it('writes no log line for a probe that is answered, and one for every other request', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logging = loggerOptions(
      loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'info', SESSION_SECRET: 'x'.repeat(32) }),
    );
    t = await createTestApp(dialect, { LOG_LEVEL: 'info' }, {}, { ...(logging as object), stream });
    for (const url of ['/health', '/health/live', '/health/ready'])
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    const answered = lines
      .map((line) => JSON.parse(line) as { msg: string; req?: { route: string } })
      .filter((entry) => entry.msg === 'request completed')
      .map((entry) => entry.req?.route);
    expect(answered).toEqual(['/api/session']);
  });

  it('asks the dependencies at most once a second, however many probes ask', async () => {
    t = await createTestApp(dialect);
    let asked = 0;
    t.app.health.register('redis', () => {
      asked += 1;
      return 'ok';
    });
    const probe = () => t!.app.inject({ method: 'GET', url: '/health' });
    const answers = await Promise.all([probe(), probe(), probe(), probe()]);
    answers.push(await probe(), await probe());
    expect(answers.map((a) => a.json<Health>().dependencies.redis)).toEqual(Array(6).fill('ok'));
    expect(asked).toBe(1);
    // A second later the next probe asks again, and sees a dependency that went away.
    t.clock.advanceMinutes(1 / 60);
    t.app.health.register('redis', () => {
      asked += 1;
      return 'unavailable';
    });
    expect((await probe()).json<Health>()).toMatchObject({
      status: 'degraded',
      dependencies: { redis: 'unavailable' },
    });
    t.clock.advanceMinutes(1 / 60);
    await probe();
    expect(asked).toBe(3);
  });
});
