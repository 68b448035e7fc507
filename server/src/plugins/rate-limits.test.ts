import { randomInt } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type AppConfig } from '../config.ts';
import { Agent } from '../test-support/agent.ts';
import { redisAvailable, startRedis, type TestRedis } from '../test-support/redis.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import type { RateLimitSettings } from './rate-limits.ts';

// The production allowances (the test environment multiplies them by 1000).
const production = (max?: RateLimitSettings['max']): Partial<AppConfig> => ({
  rateLimits: { scale: 1, ...(max ? { max } : {}) },
});

const randomAddress = () => [1, 2, 3, 4].map(() => randomInt(1, 255)).join('.');

async function mailsTo(app: FastifyInstance, address: string): Promise<number> {
  const rows = await app.db
    .selectFrom('outbox')
    .select('id')
    .where('to_address', '=', address)
    .execute();
  return rows.length;
}

describe('rate limits', () => {
  const apps: TestApp[] = [];
  let redis: TestRedis | undefined;
  afterEach(async () => {
    for (const t of apps.splice(0)) await t.close();
    await redis?.stop();
    redis = undefined;
  });
  // Each request comes two minutes after the one before: past the minute in which asking
  // again is taken as a double click (no second mail), so each would mail if no limit held.
  const askLink = async (agent: Agent, email: string, headers: Record<string, string> = {}) => {
    for (const t of apps) t.clock.advanceMinutes(2);
    return agent.request('POST', '/api/auth/login-link', { email }, headers);
  };
  const app = async (env: Record<string, string> = {}, config = production()) => {
    const t = await createTestApp('sqlite', env, config);
    apps.push(t);
    return t;
  };

  it('lets 50 colleagues behind one gateway address each get a sign-in link and sign in', async () => {
    const t = await app();
    for (let i = 0; i < 50; i += 1) {
      const colleague = new Agent(t.app, 'nl', '192.0.2.10');
      const email = `collega${i}@gemeente-west.nl`;
      await colleague.signIn(email);
      expect(await mailsTo(t.app, email)).toBe(1);
      expect((await colleague.request('GET', '/api/session')).json()).toMatchObject({
        user: { email },
      });
    }
  });

  it('sends at most 5 links an hour to one address, also with a new X-Forwarded-For each time', async () => {
    const t = await app();
    const attacker = new Agent(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push(
        (await askLink(attacker, 'Doelwit@Gemeente.nl', { 'x-forwarded-for': randomAddress() }))
          .statusCode,
      );
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
    expect(await mailsTo(t.app, 'doelwit@gemeente.nl')).toBe(5);

    const refused = await askLink(attacker, 'doelwit@gemeente.nl');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(59 * 60);
    expect(refused.json()).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/al een paar links naar dit adres.*over 60 minuten/),
    });
    const english = await askLink(new Agent(t.app, 'en'), 'doelwit@gemeente.nl');
    expect(english.json<{ message: string }>().message).toMatch(/ask for a new one in 60 minutes/);
    // Other addresses from the same source are not affected.
    expect((await askLink(attacker, 'collega@gemeente.nl')).statusCode).toBe(202);
  });

  it('sends a link again once the hour the message names has passed', async () => {
    const t = await app();
    const agent = new Agent(t.app);
    for (let i = 0; i < 5; i += 1) await askLink(agent, 'geduld@gemeente.nl');
    // Only Date is faked: the in-process counters read it; Redis keeps its own time.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 59 * 60_000);
      expect((await askLink(agent, 'geduld@gemeente.nl')).json()).toMatchObject({
        message: expect.stringContaining('over 1 minuut'),
      });
      vi.setSystemTime(Date.now() + 60_000);
      expect((await askLink(agent, 'geduld@gemeente.nl')).statusCode).toBe(202);
    } finally {
      vi.useRealTimers();
    }
    expect(await mailsTo(t.app, 'geduld@gemeente.nl')).toBe(6);
  });

  it('answers the same at the limit whether an account exists or not', async () => {
    const t = await app();
    await new Agent(t.app).signIn('bestaat@gemeente.nl');
    const agent = new Agent(t.app);
    for (let i = 0; i < 4; i += 1) await askLink(agent, 'bestaat@gemeente.nl');
    for (let i = 0; i < 5; i += 1) await askLink(agent, 'bestaat-niet@gemeente.nl');
    const existing = await askLink(agent, 'bestaat@gemeente.nl');
    const unknown = await askLink(agent, 'bestaat-niet@gemeente.nl');
    expect(existing.statusCode).toBe(429);
    expect(existing.json()).toEqual(unknown.json());
  });

  it('counts e-mail change confirmations to an address in the same budget', async () => {
    const t = await app();
    const user = new Agent(t.app);
    await user.signIn('eigenaar@gemeente.nl');
    for (let i = 0; i < 3; i += 1) await askLink(new Agent(t.app), 'doelwit@gemeente.nl');
    const change = () => {
      t.clock.advanceMinutes(2);
      return user.request('POST', '/api/account/email-change', { newEmail: 'doelwit@gemeente.nl' });
    };
    expect((await change()).statusCode).toBe(202);
    expect((await change()).statusCode).toBe(202);
    expect((await change()).statusCode).toBe(429);
    expect(await mailsTo(t.app, 'doelwit@gemeente.nl')).toBe(5);
  });

  it('ignores X-Forwarded-For unless the request comes from a configured proxy', async () => {
    const limits = production({ 'sign-in-link': 3 });
    const direct = await app({}, limits);
    const spoofer = new Agent(direct.app);
    for (let i = 0; i < 3; i += 1)
      expect(
        (await askLink(spoofer, `a${i}@x.nl`, { 'x-forwarded-for': randomAddress() })).statusCode,
      ).toBe(202);
    const refused = await askLink(spoofer, 'a4@x.nl', { 'x-forwarded-for': randomAddress() });
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ message: string }>().message).toMatch(/Vanaf dit netwerk.*inloglinks/);

    const proxied = await app({ TRUST_PROXY: '127.0.0.1' }, limits);
    const viaProxy = new Agent(proxied.app, 'nl', '127.0.0.1');
    const from = (client: string) => ({ 'x-forwarded-for': client });
    for (let i = 0; i < 3; i += 1)
      expect((await askLink(viaProxy, `b${i}@x.nl`, from('203.0.113.1'))).statusCode).toBe(202);
    expect((await askLink(viaProxy, 'b4@x.nl', from('203.0.113.1'))).statusCode).toBe(429);
    // Another client behind the same proxy has its own allowance.
    expect((await askLink(viaProxy, 'b5@x.nl', from('203.0.113.2'))).statusCode).toBe(202);
    // A client that is not the proxy cannot choose its address by sending the header.
    const outsider = new Agent(proxied.app, 'nl', '198.51.100.7');
    for (let i = 0; i < 3; i += 1)
      expect((await askLink(outsider, `c${i}@x.nl`, from(randomAddress()))).statusCode).toBe(202);
    expect((await askLink(outsider, 'c4@x.nl', from(randomAddress()))).statusCode).toBe(429);
  });

  it('with a hop count, takes the address the nearest proxy added, not what the client sent', async () => {
    const t = await app({ TRUST_PROXY: '1' }, production({ 'sign-in-link': 3 }));
    const agent = new Agent(t.app, 'nl', '10.0.0.5');
    const from = (client: string) => ({ 'x-forwarded-for': `${randomAddress()}, ${client}` });
    for (let i = 0; i < 3; i += 1)
      expect((await askLink(agent, `h${i}@x.nl`, from('203.0.113.1'))).statusCode).toBe(202);
    expect((await askLink(agent, 'h4@x.nl', from('203.0.113.1'))).statusCode).toBe(429);
    expect((await askLink(agent, 'h5@x.nl', from('203.0.113.2'))).statusCode).toBe(202);
  });

  it('starts and limits on its own when Redis cannot be reached', async () => {
    const t = await app({ REDIS_URL: 'redis://127.0.0.1:1' });
    const agent = new Agent(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await askLink(agent, 'drie@gemeente.nl')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('gives every signed-in colleague behind one address their own budget', async () => {
    const t = await app({}, production({ requests: 30 }));
    const anna = new Agent(t.app, 'nl', '192.0.2.10');
    const bram = new Agent(t.app, 'nl', '192.0.2.10');
    await anna.signIn('anna@gemeente-west.nl');
    await bram.signIn('bram@gemeente-west.nl');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1)
      statuses.push((await anna.request('GET', '/api/session')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const refused = await anna.request('GET', '/api/session');
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ message: string }>().message).toMatch(/Te veel verzoeken.*over 1 minuut/);
    expect((await bram.request('GET', '/api/session')).statusCode).toBe(200);
    // The anonymous budget of that address is another one again.
    const visitor = await t.app.inject({
      method: 'GET',
      // Not /health: the probes have no rate limit (they answer from a one-second cache).
      url: '/api/topics',
      remoteAddress: '192.0.2.10',
    });
    expect(visitor.statusCode).toBe(200);
  });

  describe.skipIf(!redisAvailable)(
    redisAvailable ? 'with Redis' : 'with Redis (skipped: apt-get install -y redis-server)',
    () => {
      it('enforces one limit across two instances, and closes its connection on close', async () => {
        redis = await startRedis();
        const first = await app({ REDIS_URL: redis.url });
        const second = await app({ REDIS_URL: redis.url });
        expect(redis.clients('ods-rate-limits')).toBe(2);
        const statuses: number[] = [];
        for (let i = 0; i < 6; i += 1)
          statuses.push(
            (await askLink(new Agent(i % 2 ? first.app : second.app), 'een@gemeente.nl'))
              .statusCode,
          );
        expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
        expect(
          (await mailsTo(first.app, 'een@gemeente.nl')) +
            (await mailsTo(second.app, 'een@gemeente.nl')),
        ).toBe(5);
        for (const t of apps.splice(0)) await t.close();
        expect(redis.clients('ods-rate-limits')).toBe(0);
      });

      it('keeps limiting, per instance, while Redis is away', async () => {
        redis = await startRedis();
        const t = await app({ REDIS_URL: redis.url });
        await redis.stop();
        const agent = new Agent(t.app);
        const statuses: number[] = [];
        for (let i = 0; i < 6; i += 1)
          statuses.push((await askLink(agent, 'twee@gemeente.nl')).statusCode);
        expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
      });
    },
  );
});

describe('TRUST_PROXY', () => {
  const env = { SESSION_SECRET: 'x' };
  it('trusts no proxy unless told, and takes a hop count or addresses and ranges', () => {
    expect(loadConfig(env).trustProxy).toBe(false);
    expect(
      loadConfig({ ...env, APP_ENV: 'production', PUBLIC_URL: 'https://a.nl' }).trustProxy,
    ).toBe(false);
    expect(loadConfig({ ...env, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...env, TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it('refuses "everything" and what is not an address, saying what it expects', () => {
    for (const value of [
      'true',
      '*',
      '0.0.0.0/0',
      '::/0',
      '10.0.0.300',
      '10.0.0.0/33',
      'proxy.local',
    ])
      expect(() => loadConfig({ ...env, TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY must/);
  });
});

describe('RATE_LIMIT_SCALE, for load tests', () => {
  const base = { SESSION_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://ods.example.nl' };

  it('leaves the production limits alone unless set, and refuses to lower them', () => {
    expect(loadConfig({ ...base, APP_ENV: 'production' }).rateLimits.scale).toBe(1);
    expect(
      loadConfig({ ...base, APP_ENV: 'production', RATE_LIMIT_SCALE: '1000' }).rateLimits,
    ).toEqual({ scale: 1000 });
    for (const value of ['0.5', '0', 'veel', '-3'])
      expect(
        () => loadConfig({ ...base, APP_ENV: 'production', RATE_LIMIT_SCALE: value }),
        value,
      ).toThrow(/RATE_LIMIT_SCALE must be a number from 1/);
  });

  it('says so in the log at start when it raises the limits', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const t = await createTestApp(
      'sqlite',
      { APP_ENV: 'production', PUBLIC_URL: base.PUBLIC_URL, RATE_LIMIT_SCALE: '1000' },
      {},
      { level: 'warn', stream },
    );
    await t.close();
    expect(lines.join('')).toContain('RATE_LIMIT_SCALE raises every rate limit');
    lines.length = 0;
    const quiet = await createTestApp(
      'sqlite',
      { APP_ENV: 'production', PUBLIC_URL: base.PUBLIC_URL },
      {},
      { level: 'warn', stream },
    );
    await quiet.close();
    expect(lines.join('')).not.toContain('RATE_LIMIT_SCALE');
  });
});
