import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { withAdvisoryLock } from '@ods/db';
import type { FeatureOptions } from '../../lib/deps.ts';
import { runConsentRound, type ConsentRun } from './consent-requests.ts';

/**
 * Every 15 seconds the consent round looks for newly held sessions (to ask who took part),
 * for reminders that came due and for questions to close. `app.consentRound.runOnce()` is what
 * the tests call instead. Of several app instances on one database one runs it at a time.
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
    const runOnce = async (): Promise<ConsentRun> => {
      const outcome = await withAdvisoryLock(app.db, 'consent-round', () =>
        runConsentRound(app.db, ctx, clock.now()),
      );
      if (!outcome.ran) return { asked: 0, reminded: 0, closed: 0 };
      if (outcome.value.asked + outcome.value.reminded > 0) app.kickMail();
      return outcome.value;
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
