import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import { Agent } from '../../test-support/agent.ts';
import { accessPlugin } from './access.ts';
import { systemClock } from '../../lib/time.ts';
import { loadConfig } from '../../config.ts';

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('refuses to register an /api route without an access rule', async () => {
    const app = Fastify();
    app.decorate('db', t.app.db);
    await app.register(accessPlugin, {
      config: loadConfig({ APP_ENV: 'test', SESSION_SECRET: 'x', DATA_DIR: t.dataDir }),
      clock: systemClock,
    });
    expect(() => app.get('/api/forgotten', async () => ({}))).toThrow(/declares no access rule/);
    await app.close();
  });

  it('answers 401 to anonymous callers of every signed-in route', async () => {
    const anonymous = new Agent(t.app);
    for (const [method, url] of [
      ['GET', '/api/profile'],
      ['PUT', '/api/profile'],
      ['POST', '/api/profile/pause'],
      ['GET', '/api/account/export'],
      ['DELETE', '/api/account'],
      ['POST', '/api/account/email-change'],
    ] as const) {
      const response = await anonymous.request(
        method,
        url,
        method === 'GET' || method === 'DELETE' ? undefined : {},
      );
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'NOT_SIGNED_IN',
        message: expect.stringContaining('ingelogd'),
      });
    }
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json<{ paths: object }>().paths)).toContain('/api/profile');
  });

  it('sends strict security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.json()).toMatchObject({ status: 'ok' });
  });
});
