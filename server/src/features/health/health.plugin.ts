import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { withTimeout, type DependencyStatus } from '../../lib/probe.ts';

/** No check may hold /health up longer than this: a load balancer asks every few seconds. */
const CHECK_TIMEOUT_MS = 2_000;

/** The dependencies /health reports, in this order. */
export const DEPENDENCIES = ['database', 'mail', 'livekit', 'redis'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

type Check = () => DependencyStatus | Promise<DependencyStatus>;

export interface HealthChecks {
  /** The plugin that talks to a dependency tells /health how to ask after it. */
  register(name: Exclude<Dependency, 'database'>, check: Check): void;
}

/**
 * GET /health: whether the app runs, and per dependency whether it answers now
 * ('not-configured' when the configuration leaves it out). Names and states only: no URLs,
 * hosts or credentials. Answers 503 only when the database is unreachable (then nothing
 * works); without mail, video or Redis the app stays up, degraded, and says which is down.
 * Every check has a deadline, so a dependency that hangs cannot make /health hang.
 */
export const healthPlugin = fp(async (app: FastifyInstance) => {
  const checks = new Map<Dependency, Check>();
  checks.set('database', () =>
    withTimeout(sql`select 1`.execute(app.db), CHECK_TIMEOUT_MS, 'database').then(
      () => 'ok' as const,
      () => 'unavailable' as const,
    ),
  );
  app.decorate('health', {
    register(name, check) {
      checks.set(name, check);
    },
  } satisfies HealthChecks);

  app.get('/health', { config: { access: 'public' }, schema: { hide: true } }, async (_, reply) => {
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
    const databaseUp = dependencies.database === 'ok';
    const status = !databaseUp
      ? 'unavailable'
      : statuses.includes('unavailable')
        ? 'degraded'
        : 'ok';
    return reply
      .status(databaseUp ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status, database: app.dbDialect, dependencies });
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    health: HealthChecks;
  }
}
