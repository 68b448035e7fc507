import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { AccessRule } from './auth/access.ts';
import { Agent } from '../test-support/agent.ts';
import { createUser } from '../test-support/fixtures.ts';
import { createSession as createAuthSession } from './auth/session-store.ts';
import { EXAMPLE_BODIES } from '../test-support/example-bodies.ts';
import {
  bodyCases,
  fieldCases,
  paramCases,
  queryCases,
  sample,
  type FuzzCase,
  type Schema,
} from '../test-support/fuzz-cases.ts';
import {
  callableRoutes,
  defaultParams,
  fillPath,
  routeKey,
  starterSlug,
  type RouteKey,
} from '../test-support/route-calls.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { createWorld, type Role, type World } from '../test-support/world.ts';

// The API fuzzed from its own OpenAPI document: every route and method gets broken and hostile
// input (see test-support/fuzz-cases.ts), sent by a signed-in user of the role the route is
// for. Every answer must be below 500 and every refusal in the error shape; a refusal changes
// nothing in the database; /health is fine afterwards. Seeded, so every run sends the same.
const SEED = 20261206;

/** Routes that end the caller's session or account when they succeed: a new world follows. */
const ENDS_THE_WORLD = new Set<RouteKey>([
  'DELETE /api/account',
  'POST /api/auth/logout',
  'POST /api/profile/leave',
]);

/** Routes whose accepted (202) request goes on as a queued proposal that stores a round later. */
const QUEUES_A_PROPOSAL = new Set<RouteKey>([
  'POST /api/rounds/proposals',
  'POST /api/rounds/:id/rerun',
]);

/** Reference data the API never writes; left out of the digest because they are large. */
const REFERENCE_TABLES = new Set([
  'municipalities',
  'organisations',
  'organisation_domains',
  'topics',
]);

/**
 * 503s that are right: the feature's service is not configured in this test (no LiveKit), and
 * the answer says so in the error shape. Any other 5xx is a defect.
 */
const UNAVAILABLE_HERE: Partial<Record<RouteKey, string>> = {
  'POST /api/sessions/:id/connection-check': 'VIDEO_UNAVAILABLE',
};

function expectedUnavailable(key: RouteKey, body: string): boolean {
  const code = UNAVAILABLE_HERE[key];
  return code !== undefined && body.includes(`"code":"${code}"`);
}

interface Operation {
  key: RouteKey;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  access: AccessRule | undefined;
  pathParams: string[];
  queryParams: string[];
  body: Schema | undefined;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

function roleFor(access: AccessRule | undefined): Role {
  if (access === 'coordinator') return 'coordinator';
  if (access === 'admin') return 'admin';
  if (access === 'signed-in') return 'participant';
  return 'anonymous';
}

function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { code, message, fields, ...rest } = body as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    code !== '' &&
    typeof message === 'string' &&
    message !== '' &&
    Object.keys(rest).length === 0 &&
    (fields === undefined ||
      (typeof fields === 'object' &&
        fields !== null &&
        Object.values(fields).every((v) => typeof v === 'string')))
  );
}

describe('the API under fuzzed input', () => {
  let t: TestApp;
  let operations: Operation[];
  let tables: string[];
  let slug: string;
  let shared: World | undefined;

  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, OpenApiOperation>>;
    }>();
    const routes = callableRoutes(t.app);
    const accessOf = new Map(routes.map((r) => [routeKey(r.method, r.url), r.access]));
    operations = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const url = path.replace(/\{([^}]+)\}/g, ':$1');
        const key = routeKey(method.toUpperCase(), url);
        operations.push({
          key,
          method: method.toUpperCase() as Operation['method'],
          url,
          access: accessOf.get(key),
          pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          body: op.requestBody?.content['application/json']?.schema,
        });
      }
    }
    // Routes the document hides (the LiveKit webhook, the calendar feed, the development
    // outbox, the notes socket as a plain GET) get the same treatment without a schema.
    const documented = new Set(operations.map((o) => o.key));
    for (const route of routes) {
      const key = routeKey(route.method, route.url);
      if (documented.has(key) || route.url.startsWith('/api/docs')) continue;
      operations.push({
        key,
        method: route.method as Operation['method'],
        url: route.url,
        access: route.access,
        pathParams: [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!),
        queryParams: [],
        body: undefined,
      });
    }
    const { rows } = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
      t.app.db,
    );
    tables = rows.map((r) => r.name).filter((name) => !REFERENCE_TABLES.has(name));
  });
  afterAll(async () => t?.close());

  /** How many rows this connection has inserted, changed or deleted so far. */
  async function totalChanges(): Promise<number> {
    const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(t.app.db);
    return Number(rows[0]!.n);
  }

  /** A digest of every table the API writes: equal digests, equal data. */
  async function digest(): Promise<string> {
    const hash = createHash('sha256');
    for (const table of tables) {
      const { rows } = await sql`select * from ${sql.table(table)} order by 1`.execute(t.app.db);
      hash.update(table).update(
        JSON.stringify(rows, (key, value: unknown) =>
          // When a session was last used is not data a refusal may not touch.
          table === 'auth_sessions' && key === 'last_seen_at' ? undefined : value,
        ),
      );
    }
    return hash.digest('hex');
  }

  /** A new session for a world's person after one that ended it (their account, if gone, anew). */
  async function signInAgain(world: World, role: Exclude<Role, 'anonymous'>): Promise<Agent> {
    const email = world.emails[role];
    let id = (
      await t.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
    )?.id;
    id ??= await createUser(t.app, {
      email,
      role:
        role === 'outsider' ? 'participant' : role === 'otherCoordinator' ? 'coordinator' : role,
      ...(role === 'otherCoordinator' ? { networkId: world.otherNetworkId } : {}),
      ...(role === 'coordinator' ? { networkId: world.networkId } : {}),
    });
    world.agents[role] = new Agent(t.app).useSession(
      await createAuthSession(t.app.db, id, t.clock.now()),
    );
    return world.agents[role];
  }

  function casesFor(op: Operation, world: World, index: number): FuzzCase[] {
    const cases: FuzzCase[] = [];
    if (op.method !== 'GET') {
      const base = EXAMPLE_BODIES[op.key]?.(world) ?? (op.body ? sample(op.body) : undefined) ?? {};
      cases.push({ what: 'valid body', body: { json: base } }, ...bodyCases(base));
      if (op.body?.properties && typeof base === 'object' && base !== null)
        cases.push(...fieldCases(op.body, base as Record<string, unknown>, SEED + index));
    }
    cases.push(...paramCases(op.pathParams), ...queryCases(op.queryParams));
    if (op.method === 'GET' && op.queryParams.length === 0)
      cases.push({ what: 'plain', query: '' });
    return cases;
  }

  async function send(agent: Agent, op: Operation, world: World, c: FuzzCase) {
    const params = defaultParams(op.url, world, slug);
    let path = fillPath(op.url, params);
    if (c.param) {
      const encoded = encodeURIComponent(params[c.param.name]!);
      path = path.replace(encoded, c.param.raw);
    }
    if (c.query !== undefined && c.query !== '') path += `?${c.query}`;
    if (!c.body) return agent.request(op.method, path);
    if ('json' in c.body) return agent.request(op.method, path, c.body.json);
    return agent.request(op.method, path, c.body.raw, { 'content-type': c.body.contentType });
  }

  /**
   * A proposal that was accepted goes on in the background and stores its round later: it is
   * waited for here, or its write would be taken for the doing of the next, refused, request.
   */
  async function proposalSettled(agent: Agent, jobId: string): Promise<void> {
    await expect
      .poll(
        async () =>
          (await agent.request('GET', `/api/rounds/proposals/${jobId}`)).json<{ state: string }>()
            .state,
        { timeout: 60_000, interval: 50 },
      )
      .toMatch(/^(done|failed|cancelled)$/);
  }

  it('answers every fuzzed request below 500, refusals in the error shape, and changes nothing it refused', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const [index, op] of operations.entries()) {
      // Reads share one world; a write gets a fresh one, so what earlier routes changed (a
      // cancelled session, an archived case) does not keep it from its deeper checks.
      const world =
        op.method === 'GET' && shared
          ? shared
          : await createWorld(t, {
              published: op.url.startsWith('/api/library/'),
              round: op.url.startsWith('/api/rounds/'),
            });
      if (op.method === 'GET') shared ??= world;
      slug ??= await starterSlug(world.agents.participant);
      const role = roleFor(op.access);
      const agents: [Role, Agent][] = [[role, world.agents[role]]];
      if (role !== 'anonymous') agents.push(['anonymous', world.agents.anonymous]);
      // The digest of the data before each request: recomputed only after a request changed
      // rows (SQLite's total_changes() says so cheaply); a refusal that touched rows (say, in
      // a transaction it rolled back) is then compared in full.
      const opStarted = Date.now();
      const opSent = sent;
      let before: string | null = null;
      let changes = await totalChanges();
      for (const c of casesFor(op, world, index)) {
        // The anonymous caller gets only a few: it is refused before validation anyway.
        for (const [who, agent] of agents) {
          if (
            who === 'anonymous' &&
            role !== 'anonymous' &&
            !/valid body|broken JSON|:id = \.\./.test(c.what)
          )
            continue;
          before ??= await digest();
          const response = await send(agent, op, world, c);
          sent += 1;
          const label = `${op.key} as ${who}, ${c.what}: ${response.statusCode}`;
          if (response.statusCode >= 500 && !expectedUnavailable(op.key, response.body))
            problems.push(`${label} ${response.body.slice(0, 200)}`);
          const changesAfter = await totalChanges();
          if (response.statusCode >= 400) {
            let body: unknown;
            try {
              body = response.json();
            } catch {
              body = response.body;
            }
            if (!isErrorShape(body))
              problems.push(`${label} not in the error shape: ${response.body.slice(0, 200)}`);
            if (changesAfter !== changes && (await digest()) !== before)
              problems.push(`${label} refused, but the database changed`);
          }
          if (changesAfter !== changes) before = null;
          changes = changesAfter;
          if (response.statusCode === 202 && QUEUES_A_PROPOSAL.has(op.key)) {
            await proposalSettled(agent, response.json<{ id: string }>().id);
            before = null;
            changes = await totalChanges();
          }
          if (response.statusCode < 300 && ENDS_THE_WORLD.has(op.key) && role !== 'anonymous') {
            agents[0] = [role, await signInAgain(world, role)];
            before = null;
            changes = await totalChanges();
          }
        }
      }
      if (process.env.ODS_FUZZ_DEBUG)
        console.log(`${op.key}: ${sent - opSent} requests, ${Date.now() - opStarted} ms`);
    }
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    expect(problems).toEqual([]);
    // Bounded by the number of requests (a wall-clock bound would fail on a busy machine);
    // about 3 050 requests with the console's routes, 35-70 s on two cores shared with other work.
    expect(sent).toBeGreaterThan(1200);
    expect(sent).toBeLessThan(3600);
  }, 150_000);
});
