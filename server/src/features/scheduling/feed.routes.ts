import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { CalendarFeed, errorResponses, ReplyTokenParams, SessionIdParams } from '@ods/shared';
import { NotFound, ReplyLinkExpired, ReplyLinkInvalid } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { buildUserFeed, feedOwner, feedSecret, renewFeedSecret } from './feed.ts';
import { verifyReplyToken } from './reply-tokens.ts';
import type { SchedulingContext } from './scheduling-context.ts';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

export async function feedRoutes(
  app: FastifyInstance,
  { clock, ctx }: FeatureOptions & { ctx: SchedulingContext },
) {
  const api = typed(app);
  const addresses = (secret: string) => {
    const url = `${ctx.publicUrl}/calendar/${secret}.ics`;
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  };

  api.get(
    '/api/calendar-feed',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['scheduling'], response: { 200: CalendarFeed, ...errorResponses } },
    },
    async (request) => addresses(await feedSecret(app.db, ctx, request.user!.id)),
  );

  /** A new secret address; calendars subscribed to the old one get nothing from now on. */
  api.post(
    '/api/calendar-feed/renew',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['scheduling'], response: { 200: CalendarFeed, ...errorResponses } },
    },
    async (request) => addresses(await renewFeedSecret(app.db, ctx, request.user!.id, clock.now())),
  );

  /** The subscription itself: the secret in the address is the only key (calendars send no cookies). */
  app.get(
    '/calendar/:file',
    {
      config: { access: 'signed-link', limits: ['requests', 'calendar-feed'] },
      schema: {
        hide: true,
        params: Type.Object({ file: Type.String({ maxLength: 200, pattern: '\\.ics$' }) }),
      },
    },
    async (request, reply) => {
      const { file } = request.params as { file: string };
      const userId = await feedOwner(app.db, ctx, file.replace(/\.ics$/, ''));
      if (!userId) throw new NotFound();
      return reply
        .type(CALENDAR_TYPE)
        .header('cache-control', 'private, no-cache')
        .send(await buildUserFeed(app.db, ctx, userId, clock.now()));
    },
  );

  /** "Toevoegen aan agenda": one session as a file to open in any calendar. */
  api.get(
    '/api/sessions/:id/calendar.ics',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['scheduling'], params: SessionIdParams },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      if (!(await isParticipant(app.db, request.params.id, userId))) throw new NotFound();
      return reply
        .type(CALENDAR_TYPE)
        .header('content-disposition', 'attachment; filename="sparsessie.ics"')
        .send(await buildUserFeed(app.db, ctx, userId, clock.now(), request.params.id));
    },
  );

  /**
   * The same file from a reply link, for whoever answered from the mail without signing in:
   * after "Ik kom" the confirmation page offers it. A GET that changes nothing.
   */
  api.get(
    '/api/replies/:token/calendar.ics',
    {
      config: { access: 'signed-link', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['scheduling'], params: ReplyTokenParams },
    },
    async (request, reply) => {
      const result = verifyReplyToken(ctx.secret, request.params.token, clock.now());
      if (!result.ok)
        throw result.reason === 'expired' ? new ReplyLinkExpired() : new ReplyLinkInvalid();
      const { sessionId, userId } = result.claims;
      if (!(await isParticipant(app.db, sessionId, userId))) throw new ReplyLinkInvalid();
      return reply
        .type(CALENDAR_TYPE)
        .header('content-disposition', 'attachment; filename="sparsessie.ics"')
        .send(await buildUserFeed(app.db, ctx, userId, clock.now(), sessionId));
    },
  );
}
