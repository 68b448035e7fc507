type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/**
 * A browser-like client for a listening server (the server-side tests use Agent over
 * app.inject): keeps cookies, sends the CSRF token on writes. A request the server never
 * answered (it died) rejects; only a received answer counts as acknowledged.
 */
export class HttpAgent {
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';
  readonly baseUrl: string;

  constructor(baseUrl: string, cookies: Record<string, string> = {}) {
    this.baseUrl = baseUrl;
    for (const [name, value] of Object.entries(cookies)) this.cookies.set(name, value);
  }

  async request(method: Method, path: string, body?: unknown): Promise<HttpAnswer> {
    if (method !== 'GET' && !this.csrfToken) await this.refreshCsrf();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'accept-language': 'nl',
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0\b/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  }

  async refreshCsrf(): Promise<void> {
    const answer = await this.request('GET', '/api/session');
    this.csrfToken = (answer.body as { csrfToken: string }).csrfToken;
  }

  /** After signing in the session (and with it the CSRF secret) is new. */
  useCsrfToken(token: string): void {
    this.csrfToken = token;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}
