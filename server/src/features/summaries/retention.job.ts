import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import { withAdvisoryLock } from '@ods/db';
import type { FeatureOptions } from '../../lib/deps.ts';
import { applyRetention } from './retention.ts';

/**
 * Every night at 03:17 (Amsterdam time, outside working hours) the retention period is
 * applied. `protect` skips a run while the previous one still works; of several app instances
 * on one database, the one that takes the lock applies it.
 */
export async function retentionJob(
  app: FastifyInstance,
  { config, clock, startWorker }: FeatureOptions & { startWorker: boolean },
) {
  if (!startWorker) return;
  const job = new Cron(
    '17 3 * * *',
    { protect: true, timezone: 'Europe/Amsterdam', name: 'retention' },
    async () => {
      try {
        const outcome = await withAdvisoryLock(app.db, 'retention', () =>
          applyRetention(app.db, clock.now(), config.retentionMonths),
        );
        if (outcome.ran)
          app.log.info({ ...outcome.value, months: config.retentionMonths }, 'retention applied');
      } catch (error) {
        app.log.error({ err: error }, 'retention failed; it runs again tomorrow');
      }
    },
  );
  app.addHook('onClose', async () => job.stop());
}
