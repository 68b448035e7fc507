import type { FastifyInstance } from 'fastify';
import { errorResponses, SparNowRequest, SparNowResult } from '@ods/shared';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { participantIds, startSparNow } from './spar-now.ts';
import { recordAccess } from '../../domain/audit/audit-log.ts';
import { chooseNetwork } from '../../domain/networks/network-scope.ts';

/** POST /api/sessions/spar-now: a coordinator starts an ad-hoc session within the hour. */
export async function sparNowRoutes(
  app: FastifyInstance,
  { clock, ctx }: FeatureOptions & { ctx: SchedulingContext },
) {
  typed(app).post(
    '/api/sessions/spar-now',
    {
      // A double click would start two sessions and mail everyone twice: the web sends a key.
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags: ['scheduling'],
        headers: IdempotencyHeaders,
        body: SparNowRequest,
        response: { 201: SparNowResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const networkId = await chooseNetwork(app.db, user, request.body.networkId);
      const sessionId = await startSparNow(
        app.db,
        ctx,
        { ...request.body, networkId },
        clock.now(),
      );
      await recordAccess(
        app.db,
        user,
        await participantIds(app.db, sessionId),
        'spar-now',
        { networkId, resourceId: sessionId },
        clock.now(),
      );
      app.kickMail();
      // Its room may open right away: the watch looks at it from now on.
      app.roomWatch.kick();
      return reply.status(201).send({ sessionId });
    },
  );
}
