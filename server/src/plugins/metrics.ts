import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppConfig } from '../config.ts';
import { MetricsTokenInvalid, NotFound } from '../errors.ts';
import type { Clock } from '../lib/time.ts';

/** What features report to /metrics beside the request timings this plugin takes itself. */
export interface AppMetrics {
  matcherDuration: Histogram;
  notesUpdates: Counter;
  /** The notes feature says how to count its open connections (read at each scrape). */
  countNotesConnections(count: () => number): void;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics in Prometheus' text format, for the operator's Prometheus only: it exists when
 * METRICS_TOKEN is set, and answers only with `Authorization: Bearer <METRICS_TOKEN>`.
 *
 * Labels carry route patterns (`/api/sessions/:id`), methods, status codes and dependency
 * names, never a raw URL (links carry tokens) nor anything a person typed. Each app has a
 * registry of its own, so tests that build many apps do not share counters.
 */
export const metricsPlugin = fp(
  async (app: FastifyInstance, { config, clock }: { config: AppConfig; clock: Clock }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const registers = [registry];

    const requestDuration = new Histogram({
      name: 'ods_http_request_duration_seconds',
      help: 'Time from request to answer, per route pattern, method and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    app.addHook('onResponse', (request, reply, done) => {
      requestDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? '(unmatched)',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
      done();
    });

    // Read from the database at scrape time: true for every instance, whichever sent what.
    new Gauge({
      name: 'ods_outbox_mails',
      help: 'Mails in the outbox by state: pending and sending wait for delivery, failed gave up.',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        const rows = await app.db
          .selectFrom('outbox')
          .select(['state', (eb) => eb.fn.countAll<number>().as('count')])
          .where('state', 'in', ['pending', 'sending', 'failed'])
          .groupBy('state')
          .execute();
        for (const state of ['pending', 'sending', 'failed'] as const)
          this.set({ state }, Number(rows.find((r) => r.state === state)?.count ?? 0));
      },
    });
    new Gauge({
      name: 'ods_scheduler_lag_seconds',
      help: 'How long the oldest due scheduled job (reminder, quorum check) has waited; 0 when none is due.',
      registers,
      async collect() {
        const now = clock.now().toISOString();
        const oldest = await app.db
          .selectFrom('scheduled_jobs')
          .select((eb) => eb.fn.min('run_at').as('runAt'))
          .where('state', '=', 'pending')
          .where('run_at', '<=', now)
          .executeTakeFirst();
        const runAt = oldest?.runAt ? Date.parse(String(oldest.runAt)) : undefined;
        this.set(runAt ? Math.max(0, (clock.now().getTime() - runAt) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'ods_scheduler_jobs_failed',
      help: 'Scheduled jobs that failed for good.',
      registers,
      async collect() {
        const row = await sql<{ count: number | string }>`
          select count(*) as count from scheduled_jobs where state = 'failed'`.execute(app.db);
        this.set(Number(row.rows[0]?.count ?? 0));
      },
    });
    new Gauge({
      name: 'ods_dependency_up',
      help: 'Whether a configured dependency answers (1) or not (0), as /health reports it; livekit is the video server.',
      labelNames: ['dependency'] as const,
      registers,
      async collect() {
        const { dependencies } = await app.health.report();
        for (const [name, status] of Object.entries(dependencies))
          if (status !== 'not-configured') this.set({ dependency: name }, status === 'ok' ? 1 : 0);
      },
    });

    let notesConnections = () => 0;
    new Gauge({
      name: 'ods_notes_connections',
      help: 'Open connections to the shared notes on this instance.',
      registers,
      collect() {
        this.set(notesConnections());
      },
    });
    app.decorate('metrics', {
      matcherDuration: new Histogram({
        name: 'ods_matcher_duration_seconds',
        help: 'How long proposing a round took (reading the pool and matching).',
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30],
        registers,
      }),
      notesUpdates: new Counter({
        name: 'ods_notes_updates_total',
        help: 'Edits to shared notes received by this instance.',
        registers,
      }),
      countNotesConnections(count) {
        notesConnections = count;
      },
    } satisfies AppMetrics);

    const expected = config.metricsToken ? digest(config.metricsToken) : undefined;
    app.get(
      '/metrics',
      { config: { access: 'public' }, schema: { hide: true } },
      async (request, reply) => {
        if (!expected) throw new NotFound();
        const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        // Compared as hashes of equal length, in constant time.
        if (!given || !timingSafeEqual(digest(given), expected)) throw new MetricsTokenInvalid();
        return reply
          .header('content-type', registry.contentType)
          .header('cache-control', 'no-store')
          .send(await registry.metrics());
      },
    );
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}
