import { writeFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from './access.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import {
  callableRoutes,
  defaultParams,
  fillPath,
  probeSocket,
  routeKey,
  starterSlug,
} from '../../test-support/route-calls.ts';
import { EXAMPLE_BODIES } from '../../test-support/example-bodies.ts';
import { createWorld, ROLES, type World } from '../../test-support/world.ts';
import { ROUTE_MATRIX, type MatrixEntry, type Outcome } from './route-matrix.ts';

/** The routes an app serves that have no entry in the matrix. */
function missingEntries(app: FastifyInstance): string[] {
  return callableRoutes(app)
    .map((r) => routeKey(r.method, r.url))
    .filter((key) => !ROUTE_MATRIX[key]);
}

/** The parts of a world a route works on, so a fresh world costs only what it needs. */
function worldFor(url: string) {
  return { published: url.startsWith('/api/library/'), round: url.startsWith('/api/rounds/') };
}

function matches(expected: Outcome, actual: number | 'open'): boolean {
  if (expected === '2xx') return typeof actual === 'number' && actual >= 200 && actual < 300;
  if (expected === '4xx') return typeof actual === 'number' && actual >= 400 && actual < 500;
  return expected === actual;
}

describe('route × role × ownership matrix', () => {
  let t: TestApp;
  let baseUrl: string;
  let slug: string;
  let shared: World;
  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    shared = await createWorld(t, { published: true, round: true });
    slug = await starterSlug(shared.agents.participant);
  });
  afterAll(async () => t?.close());

  it('has an entry for every route the app serves', () => {
    const missing = missingEntries(t.app);
    expect(
      missing,
      `Routes without an entry in server/src/plugins/auth/route-matrix.ts; add one each:\n${missing
        .map((key) => `  '${key}': { expect: [401, 200, 404, 404, 404] },`)
        .join('\n')}\n`,
    ).toEqual([]);
  });

  it('notices a route that was added without an entry, and names it', async () => {
    const app = Fastify();
    app.decorate('db', t.app.db);
    await app.register(accessPlugin, { config: t.config, clock: t.clock });
    app.post('/api/sessions/:id/new-thing', { config: { access: 'signed-in' } }, async () => ({}));
    app.get('/health', { config: { access: 'public' } }, async () => ({}));
    await app.ready();
    expect(missingEntries(app)).toEqual(['POST /api/sessions/:id/new-thing']);
    await app.close();
  });

  it('gives each role what the matrix says, for every route', async () => {
    const wrong: string[] = [];
    const print = process.env.ODS_MATRIX_PRINT === '1';
    const lines: string[] = [];
    for (const route of callableRoutes(t.app)) {
      const key = routeKey(route.method, route.url);
      const entry: MatrixEntry = ROUTE_MATRIX[key] ?? {
        expect: ['4xx', '4xx', '4xx', '4xx', '4xx', '4xx'],
      };
      const actual: (number | 'open')[] = [];
      for (const [i, role] of ROLES.entries()) {
        // Reads share one world; a write gets a fresh one, so one role's success does not
        // change what the next role meets.
        const world =
          route.method === 'GET' && !entry.world
            ? shared
            : await createWorld(t, { ...worldFor(route.url), ...entry.world });
        const spec = entry.request?.(world) ?? {};
        const path =
          fillPath(route.url, { ...defaultParams(route.url, world, slug), ...spec.params }) +
          (spec.query ? `?${spec.query}` : '');
        const agent = world.agents[role];
        let outcome: number | 'open';
        if (route.websocket) {
          outcome = await probeSocket(baseUrl, path, agent.cookieHeader());
        } else {
          const response = await agent.request(
            route.method as 'GET' | 'POST' | 'PUT' | 'DELETE',
            path,
            'body' in spec ? spec.body : EXAMPLE_BODIES[key]?.(world),
          );
          outcome = response.statusCode;
        }
        actual.push(outcome);
        if (!matches(entry.expect[i]!, outcome))
          wrong.push(`${key} as ${role}: expected ${entry.expect[i]}, got ${outcome}`);
      }
      if (print)
        lines.push(
          `  '${key}': { expect: [${actual.map((a) => (typeof a === 'number' ? a : `'${a}'`)).join(', ')}] },`,
        );
    }
    if (print) writeFileSync(process.env.ODS_MATRIX_FILE ?? '/dev/stdout', lines.join('\n') + '\n');
    expect(wrong).toEqual([]);
  }, 300_000);
});
