import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import Type from 'typebox';
import { withAdvisoryLock, type Database } from '@ods/db';
import { errorResponses, TokenBody } from '@ods/shared';
import { LinkExpired, LinkInvalid } from '../../errors.ts';
import { consumeMailToken } from '../../domain/mail-tokens/mail-tokens.repository.ts';
import { requestLanguage } from '../../lib/language.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { recordNoShows } from './no-shows.ts';

/**
 * Reliability: no-shows are recorded hourly (by one app instance of several); the mailed link
 * puts someone back in the pool.
 */
export async function reliabilityRoutes(
  app: FastifyInstance,
  { config, clock, startWorker }: FeatureOptions & { startWorker: boolean },
) {
  const api = typed(app);

  api.post(
    '/api/pool/resume',
    {
      config: { access: 'signed-link', limits: ['requests', 'link-use'] },
      schema: {
        tags: ['profile'],
        body: TokenBody,
        response: { 200: Type.Object({ message: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        const result = await consumeMailToken(trx, request.body.token, 'resume', now);
        // The link clicked again after it worked: still in the pool, nothing to do.
        if (!result.ok && result.reason === 'used' && (await isActive(trx, result.userId))) return;
        if (!result.ok) throw result.reason === 'expired' ? new LinkExpired() : new LinkInvalid();
        await trx
          .updateTable('users')
          .set({
            pool_status: 'active',
            paused_until: null,
            reliability_reset_at: now.toISOString(),
            updated_at: now.toISOString(),
          })
          .where('id', '=', result.userId!)
          .execute();
      });
      return {
        message:
          requestLanguage(request) === 'nl'
            ? 'Fijn dat je weer meedoet. Je wordt weer ingedeeld vanaf de volgende ronde.'
            : 'Good to have you back. You will be matched again from the next round.',
      };
    },
  );

  if (startWorker) {
    const job = new Cron('17 * * * *', { protect: true }, async () => {
      const outcome = await withAdvisoryLock(app.db, 'no-shows', () =>
        recordNoShows(app.db, clock.now(), config.publicUrl),
      );
      if (!outcome.ran) return;
      const run = outcome.value;
      if (run.paused.length > 0) app.kickMail();
      app.log.info({ recorded: run.recorded, paused: run.paused.length }, 'no-shows recorded');
    });
    app.addHook('onClose', async () => job.stop());
  }
}

async function isActive(db: Kysely<Database>, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const row = await db
    .selectFrom('users')
    .select('pool_status')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.pool_status === 'active';
}
