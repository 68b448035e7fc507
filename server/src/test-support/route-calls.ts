import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import type { Agent } from './agent.ts';
import type { World } from './world.ts';

/** A route as the matrix and the fuzzer name it: "METHOD /url/:param". */
export type RouteKey = `${string} /${string}`;

export function routeKey(method: string, url: string): RouteKey {
  return `${method} ${url}` as RouteKey;
}

/**
 * The routes a person can call: every route the app registered, but not the HEAD twins of
 * GET routes (Fastify adds them; they answer as their GET does) and not the built web app's
 * static files (outside /api, without an access rule: fastify-static registers one route per
 * file of web/dist, which depends on whether the web app was built).
 */
export function callableRoutes(app: FastifyInstance) {
  const seen = new Set<string>();
  return app.routeTable.filter((route) => {
    if (route.method === 'HEAD') return false;
    if (!route.url.startsWith('/api') && !route.access) return false;
    const key = routeKey(route.method, route.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A starter case's slug, the first the app offers. */
export async function starterSlug(agent: Agent): Promise<string> {
  const response = await agent.request('GET', '/api/cases/starters');
  const list = response.json<{ slug: string }[]>();
  return list[0]?.slug ?? 'geen';
}

/**
 * The world's resource for each path parameter: `:id` is the session, case, round or library
 * entry the route is about (by its prefix). Tokens and feed files are made up: they are the
 * key themselves, so no role opens them without the mail.
 */
export function defaultParams(url: string, world: World, slug: string): Record<string, string> {
  const params: Record<string, string> = {
    proposalId: world.proposalId,
    slug,
    token: 'AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB',
    file: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
  };
  params.invitationId = world.invitationId;
  params.userId = world.users.coordinator;
  params.organisationId = 'GM0363';
  if (url.startsWith('/api/cases/')) params.id = world.caseId;
  else if (url.startsWith('/api/console/networks/')) params.id = world.networkId;
  else if (url.startsWith('/api/rounds/')) params.id = world.roundId ?? world.caseId;
  else if (url.startsWith('/api/library/')) params.id = world.libraryId ?? world.heldSessionId;
  else if (/\/(summary|rating|notes\.md|reports)/.test(url)) params.id = world.heldSessionId;
  else params.id = world.upcomingSessionId;
  return params;
}

export function fillPath(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${url}`);
    return encodeURIComponent(value);
  });
}

/**
 * How a websocket upgrade ends for this cookie: the HTTP status when the upgrade is refused,
 * the close code when the server closes it at once, or 'open' when it stays open.
 */
export async function probeSocket(
  baseUrl: string,
  path: string,
  cookie: string | undefined,
): Promise<number | 'open'> {
  const socket = new WebSocket(baseUrl.replace(/^http/, 'ws') + path, {
    headers: cookie ? { cookie } : {},
  });
  try {
    return await new Promise<number | 'open'>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', () => {});
      socket.on('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      // The participant check takes one query; a socket still open after this stays open.
      socket.on('open', () => (timer = setTimeout(() => resolve('open'), 1500)));
    });
  } finally {
    socket.terminate();
  }
}

/** The cookie header an agent would send (for sockets, which app.inject cannot open). */
export function cookieOf(agent: Agent): string | undefined {
  return agent.cookieHeader();
}
