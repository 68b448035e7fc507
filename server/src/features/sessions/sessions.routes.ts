import type { FastifyInstance } from 'fastify';
import { errorResponses, MySessions, SessionDetails, SessionIdParams } from '@ods/shared';
import { NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
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

  /** One session, for its participants and for coordinators; everyone else gets a 404. */
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
      const allowed =
        user.role !== 'participant' || (await isParticipant(app.db, request.params.id, user.id));
      if (!allowed) throw new NotFound();
      const [session] = await loadSessions(app.db, [request.params.id], user.id);
      if (!session) throw new NotFound();
      return session;
    },
  );
}
