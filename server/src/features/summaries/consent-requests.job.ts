import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FeatureOptions } from '../../lib/deps.ts';
import { runConsentRound, type ConsentRun } from './consent-requests.ts';

/**
 * Every 15 seconds the consent round looks for newly held sessions (to ask who took part),
 * for reminders that came due and for questions to close. `app.consentRound.runOnce()` is what
 * the tests call instead.
 */
export const consentRequestsJob = fp(
  async (
    app: FastifyInstance,
    { config, clock, startWorker }: FeatureOptions & { startWorker: boolean },
  ) => {
    const ctx = {
      publicUrl: config.publicUrl,
      secret: config.sessionSecret,
      closesMinutesAfter: config.room.closesMinutesAfter,
    };
    const runOnce = async () => {
      const run = await runConsentRound(app.db, ctx, clock.now());
      if (run.asked + run.reminded > 0) app.kickMail();
      return run;
    };
    app.decorate('consentRound', { runOnce });
    if (!startWorker) return;
    const job = new Cron('*/15 * * * * *', { protect: true, name: 'consent-round' }, async () => {
      try {
        await runOnce();
      } catch (error) {
        app.log.error({ err: error }, 'consent round failed; it runs again shortly');
      }
    });
    app.addHook('onClose', async () => job.stop());
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    consentRound: { runOnce(): Promise<ConsentRun> };
  }
}
