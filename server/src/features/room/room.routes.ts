import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBody, errorResponses, RoomStatus, RoomToken, SessionIdParams } from '@ods/shared';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import {
  NotFound,
  NotParticipant,
  RoomNotOpen,
  RoomNotPlanned,
  RoomParticipantsOnly,
  RoomSessionCancelled,
} from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { requestLanguage } from '../../lib/language.ts';
import { countPresent } from './attendance.repository.ts';
import { mayRunSession } from '../../domain/networks/network-scope.ts';
import { findRoomMember, findRoomSession } from './room.repository.ts';
import { isPlanned, notOpenMessage, roomPhase, roomWindow } from './room-window.ts';
import { progressSession } from './session-progress.ts';

/** A connection check runs a few short test connections; a few minutes is plenty. */
const CHECK_TOKEN_SECONDS = 5 * 60;

const VIDEO_UNAVAILABLE = {
  nl: 'Video is op deze server niet beschikbaar. De rest van de sessiepagina werkt wel.',
  en: 'Video is not available on this server. The rest of the session page works.',
};

const VIDEO_DOWN = {
  nl: 'Video is nu niet beschikbaar: de videoserver reageert niet. Probeer het over een paar minuten opnieuw. De notities en de rest van de sessiepagina werken wel.',
  en: 'Video is unavailable right now: the video server does not respond. Try again in a few minutes. The notes and the rest of the session page still work.',
};

/** The session's video room: its status, a join token, and a token for the connection check. */
export async function roomRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);
  const params = SessionIdParams;

  async function sessionOrNotFound(id: string) {
    const session = await findRoomSession(app.db, id);
    if (!session) throw new NotFound();
    return session;
  }

  function videoUnavailable(request: FastifyRequest, reply: FastifyReply) {
    const body: ErrorBody = {
      code: 'VIDEO_UNAVAILABLE',
      message: VIDEO_UNAVAILABLE[requestLanguage(request)],
    };
    return reply.status(503).send(body);
  }

  /** Configured, but not answering (a crash, a restart): say so at once instead of a token that cannot work. */
  function videoDown(request: FastifyRequest, reply: FastifyReply) {
    const body: ErrorBody = { code: 'VIDEO_DOWN', message: VIDEO_DOWN[requestLanguage(request)] };
    return reply.status(503).header('retry-after', '60').send(body);
  }

  api.get(
    '/api/sessions/:id/room',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['room'], params, response: { 200: RoomStatus, ...errorResponses } },
    },
    async (request) => {
      const user = request.user!;
      const session = await sessionOrNotFound(request.params.id);
      const member = await isParticipant(app.db, session.id, user.id);
      // As GET /api/sessions/:id: participants and coordinators see it, others learn nothing.
      if (!member && !(await mayRunSession(app.db, user, session.id))) throw new NotFound();
      const window = roomWindow(session.startsAt, session.endsAt, config.room);
      return {
        videoAvailable: app.livekit !== undefined,
        opensAt: window.opensAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        phase: roomPhase(session.state, window, clock.now()),
        mayJoin: member,
        present: await countPresent(app.db, session.id),
      };
    },
  );

  api.post(
    '/api/sessions/:id/room-token',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['room'],
        params,
        response: { 200: RoomToken, ...errorResponses, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const session = await sessionOrNotFound(request.params.id);
      const member = await findRoomMember(app.db, session.id, user.id);
      if (!member)
        throw user.role === 'participant' ? new NotParticipant() : new RoomParticipantsOnly();
      const now = clock.now();
      const window = roomWindow(session.startsAt, session.endsAt, config.room);
      const phase = roomPhase(session.state, window, now);
      if (phase === 'cancelled') throw new RoomSessionCancelled();
      if (phase === 'not-yet-open' && !isPlanned(session.state)) throw new RoomNotPlanned();
      if (phase !== 'open') {
        throw new RoomNotOpen(notOpenMessage(phase, window, config.room)[requestLanguage(request)]);
      }
      if (!app.livekit) return videoUnavailable(request, reply);
      if ((await app.livekit.status()) !== 'ok') return videoDown(request, reply);
      const token = await app.livekit.joinToken({
        room: session.roomName,
        identity: user.id,
        name: member.municipality ? `${member.name} · ${member.municipality}` : member.name,
        attributes: {
          role: member.role,
          municipality: member.municipality,
          organisation: member.organisation,
        },
        ttlSeconds: (window.closesAt.getTime() - now.getTime()) / 1000,
      });
      await progressSession(app.db, session, 'live', now);
      // The watch polls this room from now on, even if LiveKit's webhooks never reach us.
      app.roomWatch.kick();
      return { token, url: app.livekit.url };
    },
  );

  // A test connection to a throw-away room of one's own, so the check never shows up in the
  // session's room or its attendance. Participants may check their network until the room closes.
  api.post(
    '/api/sessions/:id/connection-check',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['room'],
        params,
        response: { 200: RoomToken, ...errorResponses, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const session = await sessionOrNotFound(request.params.id);
      if (!(await isParticipant(app.db, session.id, user.id))) {
        throw user.role === 'participant' ? new NotParticipant() : new RoomParticipantsOnly();
      }
      // Before the room opens is fine (that is when a check helps most); after it, not.
      const window = roomWindow(session.startsAt, session.endsAt, config.room);
      const phase = roomPhase(session.state, window, clock.now());
      if (phase === 'cancelled') throw new RoomSessionCancelled();
      if (phase === 'closed') {
        throw new RoomNotOpen(notOpenMessage(phase, window, config.room)[requestLanguage(request)]);
      }
      if (!app.livekit) return videoUnavailable(request, reply);
      if ((await app.livekit.status()) !== 'ok') return videoDown(request, reply);
      const token = await app.livekit.joinToken({
        room: `check-${randomUUID()}`,
        identity: `check-${user.id}`,
        name: 'connection check',
        attributes: {},
        ttlSeconds: CHECK_TOKEN_SECONDS,
      });
      return { token, url: app.livekit.url };
    },
  );
}
