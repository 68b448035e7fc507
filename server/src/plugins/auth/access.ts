import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Forbidden, NotSignedIn } from '../../errors.ts';
import type { AppConfig } from '../../config.ts';
import type { Clock } from '../../lib/time.ts';
import { findSessionUser, SESSION_DAYS, type SessionUser } from './session-store.ts';

/**
 * Who may call a route. Every /api route and socket declares one; the app refuses to start
 * with a route that does not. Resource checks (participant of this session, owner of this
 * case) happen in the feature, on top of this.
 * - public: anyone; signed-link: anyone holding a valid token from a mail (checked by the route)
 * - signed-in: any signed-in user; coordinator: coordinators and admins; admin: admins only
 */
export type AccessRule = 'public' | 'signed-link' | 'signed-in' | 'coordinator' | 'admin';

export const SESSION_COOKIE = 'ods_session';

const ROLE_RANK = { participant: 0, coordinator: 1, admin: 2 } as const;

/** Throws the right 401/403 when the user may not pass the rule. */
export function assertAccess(rule: AccessRule, user: SessionUser | null): void {
  if (rule === 'public' || rule === 'signed-link') return;
  if (!user) throw new NotSignedIn();
  if (rule === 'coordinator' && ROLE_RANK[user.role] < ROLE_RANK.coordinator) throw new Forbidden();
  if (rule === 'admin' && user.role !== 'admin') throw new Forbidden();
}

export const accessPlugin = fp(
  async (app: FastifyInstance, { config, clock }: { config: AppConfig; clock: Clock }) => {
    app.decorateRequest('user', null);
    app.decorate('sessionCookieOptions', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: config.env === 'production',
      maxAge: SESSION_DAYS * 24 * 60 * 60,
    });

    // Every route with its rule, for the route × role matrix test (a new route needs an entry).
    app.decorate('routeTable', [] as RouteEntry[]);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat())
        app.routeTable.push({
          method,
          url: route.url,
          access: route.config?.access,
          // @fastify/websocket: `websocket: true`, or a wsHandler beside a plain GET handler.
          websocket:
            (route as { websocket?: boolean }).websocket === true ||
            typeof (route as { wsHandler?: unknown }).wsHandler === 'function',
        });
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
      if (!route.config?.access) {
        throw new Error(
          `Route ${String(route.method)} ${route.url} declares no access rule (config.access).`,
        );
      }
    });

    // Who is asking is known from the first hook on, so the rate limits can count per account.
    // Hooks with a callback rather than async ones: a request without a session cookie (a probe,
    // a static file) passes without a promise and a microtask per hook (pnpm bench:api, /health).
    app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (!secret) return done();
      findSessionUser(app.db, secret, clock.now()).then((user) => {
        request.user = user ?? null;
        done();
      }, done);
    });
    // Before validation, so an anonymous caller learns they must sign in rather than what is wrong
    // with a form they may not send.
    app.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done) => {
      const rule = request.routeOptions.config.access;
      try {
        if (rule) assertAccess(rule, request.user);
      } catch (error) {
        return done(error as Error);
      }
      done();
    });
  },
);

/** One registered route (one method), as the onRoute hook saw it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: AccessRule | undefined;
  websocket: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyInstance {
    /** Every route registered after the access plugin, with its access rule. */
    routeTable: RouteEntry[];
    sessionCookieOptions: {
      path: string;
      httpOnly: boolean;
      sameSite: 'lax';
      secure: boolean;
      maxAge: number;
    };
  }
}
