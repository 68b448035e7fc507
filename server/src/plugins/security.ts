import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security headers, cookies and CSRF for every route (rate limits: rate-limits.ts). State-changing requests
 * must carry the x-csrf-token header that GET /api/session hands out; a route opts out only
 * with `config: { csrf: false }` (e.g. a webhook verified by its own signature).
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, { config }: { config: AppConfig }) => {
    const headers = fixedHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // The editor and the video components set element styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          connectSrc: [
            "'self'",
            // LiveKit: its signalling socket, and its HTTP side, which the client asks why a
            // connection failed (and LiveKit Cloud for its regions).
            ...(config.livekit ? liveKitOrigins(config.livekit.url) : []),
            'ws:',
            'wss:',
          ],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: config.env === 'production' ? [] : null,
        },
      },
      strictTransportSecurity: config.env === 'production',
      referrerPolicy: { policy: 'same-origin' },
    });
    // On raw response, as helmet does, so every answer has them (also 404s and static files).
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
    await app.register(cookie, { secret: config.sessionSecret });
    await app.register(csrf, {
      cookieKey: 'ods_csrf',
      cookieOpts: {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.env === 'production',
        signed: true,
      },
      getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    });
    // Answers of the API depend on who is signed in (and errors can name what was sent), so no
    // browser or proxy keeps them. A route whose answer may be cached says so with its own
    // Cache-Control header, which this leaves alone.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (isApiUrl(request.url) && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
      done(null, payload);
    });
    app.addHook('onRequest', (request, reply, done) => {
      if (SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false)
        return done();
      app.csrfProtection(request, reply, done);
    });
  },
);

/**
 * Helmet's headers, worked out once: they depend only on the configuration. @fastify/helmet
 * built helmet's middleware anew for every request (parsing the CSP directives each time), a
 * twentieth of the server's time on /health under load (pnpm bench:api's profile).
 */
export function fixedHeaders(options: HelmetOptions): [string, string][] {
  const headers: [string, string][] = [];
  const collector = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  helmet(options)(
    {} as IncomingMessage,
    collector as unknown as ServerResponse,
    (error?: unknown) => {
      // Helmet throws on bad options itself; this is its older way of saying the same.
      if (error) throw error instanceof Error ? error : new Error('helmet refused its options');
    },
  );
  return headers;
}

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function liveKitOrigins(url: string): string[] {
  const host = new URL(url.replace(/^ws/, 'http')).host;
  // LiveKit Cloud hands the client regional servers under the same domain.
  const hosts = host.endsWith('.livekit.cloud') ? [host, '*.livekit.cloud'] : [host];
  const [socket, http] = /^(wss|https):/.test(url) ? ['wss', 'https'] : ['ws', 'http'];
  return hosts.flatMap((h) => [`${socket}://${h}`, `${http}://${h}`]);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false only for routes that authenticate the request by other means (signatures). */
    csrf?: boolean;
  }
}
