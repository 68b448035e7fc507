import type { FastifyInstance } from 'fastify';
import {
  errorResponses,
  ReplyPreview,
  ReplyRequest,
  ReplyResult,
  ReplyTokenParams,
  SessionIdParams,
  SessionReplyRequest,
} from '@ods/shared';
import {
  NotParticipant,
  ReplyLinkExpired,
  ReplyLinkInvalid,
  ReplyLinkOutdated,
} from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { applyReply } from './replies.ts';
import { verifyReplyToken, type ReplyClaims } from './reply-tokens.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { loadSnapshot, participantsOf } from './session-snapshot.repository.ts';

export async function replyRoutes(
  app: FastifyInstance,
  { clock, ctx }: FeatureOptions & { ctx: SchedulingContext },
) {
  const api = typed(app);

  function claimsOf(token: string): ReplyClaims {
    const result = verifyReplyToken(ctx.secret, token, clock.now());
    if (!result.ok)
      throw result.reason === 'expired' ? new ReplyLinkExpired() : new ReplyLinkInvalid();
    return result.claims;
  }

  /** What a reply link would do, for the confirmation page. Changes nothing: mail scanners open it. */
  api.get(
    '/api/replies/:token',
    {
      config: { access: 'signed-link', limits: ['requests', 'link-use'] },
      schema: {
        tags: ['scheduling'],
        params: ReplyTokenParams,
        response: { 200: ReplyPreview, 410: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const claims = claimsOf(request.params.token);
      const session = await loadSnapshot(app.db, claims.sessionId);
      const me = (await participantsOf(app.db, claims.sessionId, true)).find(
        (p) => p.userId === claims.userId,
      );
      if (!session || !me) throw new ReplyLinkInvalid();
      if (session.startsAt !== claims.startsAt && session.state !== 'cancelled')
        throw new ReplyLinkOutdated();
      return {
        action: claims.action,
        sessionId: session.id,
        name: me.name,
        topic: session.topic,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        state: session.state,
        currentReply: me.reply,
      };
    },
  );

  /** The confirmation button: the reply is stored (and its consequences mailed) here. */
  api.post(
    '/api/replies',
    {
      config: { access: 'signed-link', limits: ['requests', 'link-use'] },
      schema: {
        tags: ['scheduling'],
        body: ReplyRequest,
        response: { 200: ReplyResult, 410: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const claims = claimsOf(request.body.token);
      const now = clock.now();
      const outcome = await app.db.transaction().execute(async (trx) => {
        const session = await loadSnapshot(trx, claims.sessionId);
        if (!session) throw new ReplyLinkInvalid();
        if (session.startsAt !== claims.startsAt) throw new ReplyLinkOutdated();
        return applyReply(
          trx,
          ctx,
          {
            sessionId: claims.sessionId,
            userId: claims.userId,
            reply: claims.action === 'accept' ? 'accepted' : 'declined',
            reason: request.body.reason,
            betterMoment: request.body.betterMoment,
          },
          now,
        );
      });
      app.kickMail();
      return { sessionId: claims.sessionId, ...outcome };
    },
  );

  /** A signed-in participant answers from "Mijn sessies". */
  api.post(
    '/api/sessions/:id/reply',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['scheduling'],
        params: SessionIdParams,
        body: SessionReplyRequest,
        response: { 200: ReplyResult, ...errorResponses },
      },
    },
    async (request) => {
      const userId = request.user!.id;
      const sessionId = request.params.id;
      const now = clock.now();
      const outcome = await app.db.transaction().execute(async (trx) => {
        if (!(await loadSnapshot(trx, sessionId))) throw new NotParticipant();
        return applyReply(trx, ctx, { sessionId, userId, ...request.body }, now);
      });
      app.kickMail();
      return { sessionId, ...outcome };
    },
  );
}
