import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config.ts';
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
    const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
    const worker = createOutboxWorker({
      db: app.db,
      transport,
      from: config.mailFrom,
      publicHost: new URL(config.publicUrl).hostname,
      clock,
      // Only the reason and the outbox id: never the address, the subject or the body.
      onError: (message, mailId) =>
        app.log.warn({ mailId, reason: message }, 'mail delivery failed, will retry'),
    });
    app.decorate('mailWorker', worker);
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
