import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { pendingMigrations } from '@ods/db';
import { cachedProbe, withTimeout, type DependencyStatus } from '../../lib/probe.ts';
import type { Clock } from '../../lib/time.ts';

/** No check may hold /health up longer than this: a load balancer asks every few seconds. */
const CHECK_TIMEOUT_MS = 2_000;
/**
 * Probes ask every few seconds, from every load balancer and monitor: the dependencies are
 * asked at most once in this time, whoever asks and however often (concurrent askers share it).
 */
export const HEALTH_CACHE_MS = 1_000;

/** The dependencies /health reports, in this order. */
export const DEPENDENCIES = ['database', 'mail', 'livekit', 'redis'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

type Check = () => DependencyStatus | Promise<DependencyStatus>;

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  dependencies: Record<Dependency, DependencyStatus>;
}

export interface HealthChecks {
  /** The plugin that talks to a dependency tells /health how to ask after it. */
  register(name: Exclude<Dependency, 'database'>, check: Check): void;
  /** The latest report (at most HEALTH_CACHE_MS old); the metrics read it too. */
  report(): Promise<HealthReport>;
  /** That report when it is at hand without asking anyone, else undefined. */
  latest(): HealthReport | undefined;
}

const HealthReply = {
  type: 'object',
  properties: {
    status: { type: 'string' },
    database: { type: 'string' },
    dependencies: {
      type: 'object',
      properties: Object.fromEntries(DEPENDENCIES.map((name) => [name, { type: 'string' }])),
    },
  },
} as const;
const StatusReply = { type: 'object', properties: { status: { type: 'string' } } } as const;

/**
 * GET /health: whether the app runs, and per dependency whether it answers now
 * ('not-configured' when the configuration leaves it out). Names and states only: no URLs,
 * hosts or credentials. Answers 503 only when the database is unreachable (then nothing
 * works); without mail, video or Redis the app stays up, degraded, and says which is down.
 * Every check has a deadline, so a dependency that hangs cannot make /health hang.
 *
 * For orchestrators: GET /health/live (the process answers; restart it when not) and
 * GET /health/ready (the database answers and its schema is migrated; send traffic only then).
 */
export const healthPlugin = fp(async (app: FastifyInstance, { clock }: { clock: Clock }) => {
  const checks = new Map<Dependency, Check>();
  checks.set('database', () =>
    withTimeout(sql`select 1`.execute(app.db), CHECK_TIMEOUT_MS, 'database').then(
      () => 'ok' as const,
      () => 'unavailable' as const,
    ),
  );

  async function checkAll(): Promise<HealthReport> {
    const statuses = await Promise.all(
      DEPENDENCIES.map(async (name): Promise<DependencyStatus> => {
        const check = checks.get(name);
        if (!check) return 'not-configured';
        return withTimeout(Promise.resolve(check()), CHECK_TIMEOUT_MS, name).catch(
          () => 'unavailable' as const,
        );
      }),
    );
    const dependencies = Object.fromEntries(
      DEPENDENCIES.map((name, i) => [name, statuses[i]!]),
    ) as Record<Dependency, DependencyStatus>;
    const status =
      dependencies.database !== 'ok'
        ? 'unavailable'
        : statuses.includes('unavailable')
          ? 'degraded'
          : 'ok';
    return { status, dependencies };
  }
  let cached: { at: number; report: HealthReport } | undefined;
  let running: Promise<HealthReport> | undefined;
  function report(): Promise<HealthReport> {
    if (cached && clock.now().getTime() - cached.at < HEALTH_CACHE_MS)
      return Promise.resolve(cached.report);
    running ??= checkAll().then((fresh) => {
      cached = { at: clock.now().getTime(), report: fresh };
      running = undefined;
      return fresh;
    });
    return running;
  }
  app.decorate('health', {
    register(name, check) {
      checks.set(name, check);
      cached = undefined;
    },
    report,
    latest() {
      return cached && clock.now().getTime() - cached.at < HEALTH_CACHE_MS
        ? cached.report
        : undefined;
    },
  } satisfies HealthChecks);
  await app.register(probeRoutes);
});

/**
 * The probes' routes, in a context of their own (not fastify-plugin) for the logger factory
 * below. (The app's hooks still run for them: in Fastify 5 a hook added to the app later also
 * reaches the contexts made before it.)
 */
async function probeRoutes(app: FastifyInstance) {
  // Fastify gives every request a child logger; with the probes' own level (below) that is a
  // pino level change per request, which rebuilds the child's log methods. A child of a logger
  // already at that level is made without it.
  const quiet = new Map<string, FastifyBaseLogger>();
  app.setChildLoggerFactory((logger, bindings, options) => {
    const level = options.level ?? logger.level;
    let parent = quiet.get(level);
    if (!parent) quiet.set(level, (parent = logger.child({}, { level })));
    return parent.child(bindings);
  });
  const probeConfig = { access: 'public' as const, limits: [] };
  // A load balancer and a monitor ask every few seconds: a log line for each answer would
  // bury the log (and cost a fifth of the probe's time); failures are still logged.
  const probeLogLevel = 'warn';
  app.get(
    '/health',
    {
      config: probeConfig,
      logLevel: probeLogLevel,
      schema: { hide: true, response: { 200: HealthReply, 503: HealthReply } },
    },
    // Not async: a report at hand (nearly every probe) is sent without a promise.
    (_, reply) => {
      const send = ({ status, dependencies }: HealthReport) =>
        reply
          .status(status === 'unavailable' ? 503 : 200)
          .header('cache-control', 'no-store')
          .send({ status, database: app.dbDialect, dependencies });
      const latest = app.health.latest();
      if (!latest) return app.health.report().then(send);
      send(latest);
      return undefined;
    },
  );

  app.get(
    '/health/live',
    {
      config: probeConfig,
      logLevel: probeLogLevel,
      schema: { hide: true, response: { 200: StatusReply } },
    },
    async (_, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  // Once the schema is current it stays so for the life of this process: asked until then.
  let migrated = false;
  const database = cachedProbe(() => sql`select 1`.execute(app.db), {
    timeoutMs: CHECK_TIMEOUT_MS,
    cacheMs: HEALTH_CACHE_MS,
    what: 'database',
  });
  app.get(
    '/health/ready',
    {
      config: probeConfig,
      logLevel: probeLogLevel,
      schema: { hide: true, response: { 200: StatusReply, 503: StatusReply } },
    },
    async (_, reply) => {
      reply.header('cache-control', 'no-store');
      if ((await database()) !== 'ok') return reply.status(503).send({ status: 'no-database' });
      migrated ||= await withTimeout(pendingMigrations(app.db), CHECK_TIMEOUT_MS, 'migrations')
        .then((pending) => pending.length === 0)
        .catch(() => false);
      if (!migrated) return reply.status(503).send({ status: 'migrations-pending' });
      return reply.send({ status: 'ready' });
    },
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    health: HealthChecks;
  }
}
