import type { FastifyInstance, InjectOptions } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A browser-like client for app.inject: keeps cookies, sends the CSRF token on writes, and
 * can sign in through the real mail-link flow.
 */
export class Agent {
  private cookies = new Map<string, string>();
  csrfToken = '';

  private readonly app: FastifyInstance;
  private readonly language: 'nl' | 'en';
  /** The address the requests come from (the connection's, not a header's). */
  remoteAddress: string | undefined;

  constructor(app: FastifyInstance, language: 'nl' | 'en' = 'nl', remoteAddress?: string) {
    this.app = app;
    this.language = language;
    this.remoteAddress = remoteAddress;
  }

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    if (method !== 'GET' && !this.csrfToken) await this.refreshCsrf();
    const options: InjectOptions = {
      method,
      url,
      headers: {
        'accept-language': this.language,
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
    };
    const response = await this.app.inject(options);
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** Signs in with a session made straight in the database (createSession in session-store). */
  useSession(secret: string): this {
    this.cookies.set('ods_session', secret);
    this.csrfToken = '';
    return this;
  }

  /** The Cookie header this agent sends, if it has cookies. */
  cookieHeader(): string | undefined {
    return this.cookies.size > 0
      ? [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
      : undefined;
  }

  async refreshCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/session');
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  }

  /** Requests a login link, takes the token from the outbox mail, and posts it. */
  async signIn(email: string): Promise<void> {
    const token = await this.requestLoginToken(email);
    const response = await this.request('POST', '/api/auth/session', { token });
    if (response.statusCode !== 200)
      throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  }

  async requestLoginToken(email: string): Promise<string> {
    const response = await this.request('POST', '/api/auth/login-link', { email });
    if (response.statusCode !== 202)
      throw new Error(`login link failed: ${response.statusCode} ${response.body}`);
    return latestToken(this.app, email);
  }
}

/** The token of the newest mail to an address, read from the outbox as a person would read the mail. */
export async function latestToken(app: FastifyInstance, email: string): Promise<string> {
  const mail = await app.db
    .selectFrom('outbox')
    .select('text_body')
    .where('to_address', '=', email.toLowerCase())
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text_body);
  if (!match?.[1]) throw new Error('no token in mail');
  return match[1];
}
