import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from './api-client.ts';
import { ApiError, NetworkError } from './api-error.ts';
import { rememberCsrfToken } from './csrf-token.ts';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function stubFetch(...answers: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift();
    return answer ? Promise.resolve(answer) : Promise.reject(new TypeError('Failed to fetch'));
  });
  return calls;
}

const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string>)[name];

describe('apiRequest', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the CSRF token first, then sends it with a state-changing request and the cookies', async () => {
    const calls = stubFetch(
      json(200, { user: null, csrfToken: 'token-1' }),
      json(202, { message: 'sent' }),
    );
    await expect(apiRequest('POST', '/api/auth/login-link', { email: 'a@b.nl' })).resolves.toEqual({
      message: 'sent',
    });
    expect(calls.map((call) => call.url)).toEqual(['/api/session', '/api/auth/login-link']);
    expect(header(calls[1], 'x-csrf-token')).toBe('token-1');
    expect(header(calls[1], 'accept-language')).toBe('nl');
    expect(calls[1]?.init.credentials).toBe('same-origin');
  });

  it('refreshes an expired CSRF token once and retries, so the person does not have to reload', async () => {
    rememberCsrfToken('stale');
    const calls = stubFetch(
      json(403, { code: 'FST_CSRF_INVALID_TOKEN', message: 'De pagina is verlopen.' }),
      json(200, { user: null, csrfToken: 'fresh' }),
      new Response(null, { status: 204 }),
    );
    await expect(apiRequest('POST', '/api/auth/logout')).resolves.toBeUndefined();
    expect(header(calls[2], 'x-csrf-token')).toBe('fresh');
  });

  it('throws the server error with its message and per-field messages', async () => {
    rememberCsrfToken('t');
    stubFetch(
      json(400, {
        code: 'INVALID_INPUT',
        message: 'Kijk de velden na.',
        fields: { topics: 'Te veel.' },
      }),
    );
    const failure = apiRequest('PUT', '/api/profile', {});
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      message: 'Kijk de velden na.',
      fields: { topics: 'Te veel.' },
    });
  });

  it('treats no answer, or a gateway page instead of the API, as a connection problem', async () => {
    stubFetch();
    await expect(apiRequest('GET', '/api/topics')).rejects.toBeInstanceOf(NetworkError);
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(apiRequest('GET', '/api/topics')).rejects.toBeInstanceOf(NetworkError);
  });
});
