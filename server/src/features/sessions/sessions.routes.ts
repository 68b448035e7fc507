import type { FastifyInstance } from 'fastify';
import { errorResponses, MySessions, SessionDetails, SessionIdParams } from '@ods/shared';
import { NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { recordAccess } from '../../domain/audit/audit-log.ts';
import { mayRunSession } from '../../domain/networks/network-scope.ts';
import { loadSessions, mySessionIds } from './sessions.repository.ts';

export async function sessionsRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);

  /** "Mijn sessies": upcoming first, then the past ones, newest first. */
  api.get(
    '/api/sessions',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['sessions'], response: { 200: MySessions, ...errorResponses } },
    },
    async (request) => {
      const userId = request.user!.id;
      const sessions = await loadSessions(app.db, await mySessionIds(app.db, userId), userId);
      const now = clock.now().toISOString();
      return {
        upcoming: sessions.filter((s) => s.endsAt >= now && s.state !== 'held'),
        past: sessions.filter((s) => s.endsAt < now || s.state === 'held').reverse(),
      };
    },
  );

  /**
   * One session, for its participants and for the coordinators of its network (and admins);
   * everyone else gets a 404. A coordinator's look at the participants is audited.
   */
  api.get(
    '/api/sessions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['sessions'],
        params: SessionIdParams,
        response: { 200: SessionDetails, ...errorResponses },
      },
    },
    async (request) => {
      const user = request.user!;
      const member = await isParticipant(app.db, request.params.id, user.id);
      const staff = !member && (await mayRunSession(app.db, user, request.params.id));
      if (!member && !staff) throw new NotFound();
      const [session] = await loadSessions(app.db, [request.params.id], user.id);
      if (!session) throw new NotFound();
      if (staff)
        await recordAccess(
          app.db,
          user,
          session.participants.map((p) => p.userId),
          'session-details',
          { resourceId: session.id },
          clock.now(),
        );
      return session;
    },
  );
}
