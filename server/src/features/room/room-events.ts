import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { WebhookEvent } from 'livekit-server-sdk';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { closeOpenAttendance, recordJoin, recordLeave } from './attendance.repository.ts';
import { findSessionByRoomName } from './room.repository.ts';
import { progressSession } from './session-progress.ts';

export type EventOutcome = 'recorded' | 'ignored';

/**
 * Applies a verified LiveKit webhook event: joins and leaves become attendance, the first join
 * makes the session live, and a finished room makes it held. Events for rooms that are not a
 * session's (the connection check) and for identities that are not its participants are
 * ignored.
 */
export async function applyRoomEvent(
  db: Kysely<Database>,
  event: WebhookEvent,
  now: Date,
): Promise<EventOutcome> {
  const roomName = event.room?.name;
  if (!roomName) return 'ignored';
  const session = await findSessionByRoomName(db, roomName);
  if (!session) return 'ignored';
  // LiveKit retries webhooks: the time of the event, not of its delivery, is when it happened.
  const at = event.createdAt > 0n ? new Date(Number(event.createdAt) * 1000) : now;
  const participant = event.participant;

  switch (event.event) {
    case 'participant_joined': {
      if (!participant || !(await isParticipant(db, session.id, participant.identity))) {
        return 'ignored';
      }
      const joinedAt = participant.joinedAtMs > 0n ? new Date(Number(participant.joinedAtMs)) : at;
      await recordJoin(db, {
        sessionId: session.id,
        userId: participant.identity,
        participantSid: participant.sid,
        joinedAt: joinedAt.toISOString(),
      });
      await progressSession(db, session, 'live', now);
      return 'recorded';
    }
    case 'participant_left':
    case 'participant_connection_aborted':
      if (!participant) return 'ignored';
      await recordLeave(db, participant.sid, at.toISOString());
      return 'recorded';
    case 'room_finished':
      await db.transaction().execute(async (trx) => {
        await closeOpenAttendance(trx, session.id, at.toISOString());
        await progressSession(trx, session, 'held', now);
      });
      return 'recorded';
    default:
      return 'ignored';
  }
}
