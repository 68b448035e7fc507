import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import type { FeatureOptions } from '../../lib/deps.ts';
import { applyRetention } from './retention.ts';

/**
 * Every night at 03:17 (Amsterdam time, outside working hours) the retention period is
 * applied. `protect` skips a run while the previous one still works.
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
        const result = await applyRetention(app.db, clock.now(), config.retentionMonths);
        app.log.info({ ...result, months: config.retentionMonths }, 'retention applied');
      } catch (error) {
        app.log.error({ err: error }, 'retention failed; it runs again tomorrow');
      }
    },
  );
  app.addHook('onClose', async () => job.stop());
}
