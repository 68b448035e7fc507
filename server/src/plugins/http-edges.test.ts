import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../test-support/agent.ts';
import { createUser } from '../test-support/fixtures.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

/** Sends raw bytes to the listening app and reads the whole answer (Node closes after it). */
function rawRequest(
  port: number,
  bytes: string,
): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
  });
}

describe('answers outside any route, and caching of personal answers', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  afterAll(async () => t.close());

  it('answers an oversized URL with 431 in the error shape', async () => {
    const answer = await rawRequest(
      port,
      `GET /api/organisations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(answer.headers).toContain('content-type: application/json');
    expect(answer.headers).toContain('cache-control: no-store');
    expect(JSON.parse(answer.body)).toEqual({
      code: 'REQUEST_TOO_LARGE',
      message: expect.stringContaining('te lang'),
    });
  });

  it('answers a broken request line with 400 in the error shape', async () => {
    const answer = await rawRequest(port, 'HELLO THERE\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('niet lezen'),
    });
  });

  it('answers broken percent-encoding and an overlong path parameter in the error shape', async () => {
    const badUrl = await t.app.inject({ method: 'GET', url: '/api/sessions/%zz/summary' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('adres'),
    });
    const english = await t.app.inject({
      method: 'GET',
      url: '/api/sessions/%E0%A4%A/summary',
      headers: { 'accept-language': 'en' },
    });
    expect(english.json()).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('address'),
    });
    const long = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${'x'.repeat(500)}/summary`,
    });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({
      code: 'URL_TOO_LONG',
      message: expect.stringContaining('te lang'),
    });
    expect(long.headers['cache-control']).toBe('no-store');
  });

  it('tells browsers and proxies to keep no personal API answer, nor an API error', async () => {
    await createUser(t.app, { email: 'ann@amsterdam.nl' });
    const ann = new Agent(t.app);
    await ann.signIn('ann@amsterdam.nl');
    for (const url of ['/api/session', '/api/profile', '/api/sessions', '/api/account/export']) {
      const response = await ann.request('GET', url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await new Agent(t.app).request('GET', '/api/profile');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
    const unknown = await ann.request('GET', '/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
  });
});
