import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses, SessionIdParams } from '@ods/shared';
import { RatingRequest } from '@ods/shared/api/summaries';
import { AlreadyRated, FieldErrors } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { requireSummarySession } from './summary-session.ts';
import { hasRated, sameRating } from './summary-view.ts';

/**
 * The one-click question after a session: a rating and, for each other participant, whether
 * to spar with them again. Asked once: another answer later is refused, the same one
 * again is taken as the first.
 */
export async function ratingRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  api.post(
    '/api/sessions/:id/rating',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['summaries'],
        params: SessionIdParams,
        body: RatingRequest,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const session = await requireSummarySession(app.db, request.params.id, userId);
      const others = (
        await app.db
          .selectFrom('session_participants')
          .select('user_id')
          .where('session_id', '=', session.id)
          .where('removed_at', 'is', null)
          .where('user_id', '!=', userId)
          .execute()
      ).map((row) => row.user_id);
      const wanted = new Set(request.body.sparAgain);
      if ([...wanted].some((id) => !others.includes(id))) {
        throw new FieldErrors({
          sparAgain: {
            nl: 'Kies alleen mensen die in deze sessie zaten.',
            en: 'Choose only people who were in this session.',
          },
        });
      }
      // The same answer again (a double click, a retry) is fine; another one is refused.
      const again = async () => {
        if (await sameRating(app.db, session.id, userId, request.body.rating, wanted)) return;
        throw new AlreadyRated();
      };
      if (await hasRated(app.db, session.id, userId)) {
        await again();
        return reply.status(204).send(null);
      }
      const now = clock.now().toISOString();
      await app.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('session_ratings')
          .values({
            session_id: session.id,
            user_id: userId,
            rating: request.body.rating,
            rated_at: now,
          })
          .onConflict((oc) => oc.columns(['session_id', 'user_id']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return again();
        if (others.length === 0) return;
        await trx
          .insertInto('spar_again_answers')
          .values(
            others.map((other) => ({
              session_id: session.id,
              user_id: userId,
              other_user_id: other,
              wants: wanted.has(other) ? 1 : 0,
            })),
          )
          .execute();
      });
      return reply.status(204).send(null);
    },
  );
}
