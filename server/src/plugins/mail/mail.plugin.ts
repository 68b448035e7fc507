import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config.ts';
import { cachedProbe, withTimeout } from '../../lib/probe.ts';
import type { Clock } from '../../lib/time.ts';
import { createOutboxWorker, type OutboxWorker } from './outbox-worker.ts';

/**
 * The outbox worker: with SMTP_URL it delivers every few seconds (and at once when kicked);
 * without, mail stays in the outbox, where /dev/outbox shows it in development.
 */
export const mailPlugin = fp(
  async (
    app: FastifyInstance,
    { config, clock, startWorker }: { config: AppConfig; clock: Clock; startWorker: boolean },
  ) => {
    // Bounded waits: a mail server that accepts and then says nothing must not hold the
    // worker (nodemailer waits two minutes for a connection by default).
    const transport = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : undefined;
    const reachable = transport
      ? cachedProbe(() => transport.verify(), { timeoutMs: 2_000, cacheMs: 5_000, what: 'mail' })
      : undefined;
    const worker = createOutboxWorker({
      db: app.db,
      transport,
      from: config.mailFrom,
      publicHost: new URL(config.publicUrl).hostname,
      clock,
      // A fresh check (not the cached one): it decides whether waiting mail goes now.
      ...(transport
        ? {
            mailServerAnswers: () =>
              withTimeout(transport.verify(), 5_000, 'mail').then(
                () => true,
                () => false,
              ),
          }
        : {}),
      // Only the reason and the outbox id: never the address, the subject or the body.
      onError: (message, mailId) =>
        app.log.warn({ mailId, reason: message }, 'mail delivery failed, will retry'),
    });
    app.decorate('mailWorker', worker);
    if (reachable) app.health.register('mail', reachable);
    app.decorate('kickMail', () => {
      if (transport && startWorker)
        worker
          .runOnce()
          .catch((error: unknown) => app.log.error({ err: error }, 'outbox run failed'));
    });
    if (transport && startWorker) {
      const job = new Cron('*/5 * * * * *', { protect: true }, async () => {
        await worker.runOnce();
      });
      app.addHook('onClose', async () => {
        job.stop();
        await worker.runOnce().catch(() => 0);
        transport.close();
      });
    }
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    mailWorker: OutboxWorker;
    /** Deliver due mail now rather than at the next tick (after a commit that enqueued some). */
    kickMail: () => void;
  }
}
