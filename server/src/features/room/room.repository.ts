import type { Kysely } from 'kysely';
import type { Database, ParticipantRole, SessionState } from '@ods/db';

export interface RoomSession {
  id: string;
  state: SessionState;
  startsAt: string;
  endsAt: string;
  roomName: string;
}

/** The parts of a session its video room needs; undefined when there is no such session. */
export async function findRoomSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<RoomSession | undefined> {
  const row = await db
    .selectFrom('sparring_sessions')
    .select(['id', 'state', 'starts_at', 'ends_at', 'room_name'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row && toRoomSession(row);
}

/** The session whose room has this (unguessable) name. */
export async function findSessionByRoomName(
  db: Kysely<Database>,
  roomName: string,
): Promise<RoomSession | undefined> {
  const row = await db
    .selectFrom('sparring_sessions')
    .select(['id', 'state', 'starts_at', 'ends_at', 'room_name'])
    .where('room_name', '=', roomName)
    .executeTakeFirst();
  return row && toRoomSession(row);
}

function toRoomSession(row: {
  id: string;
  state: SessionState;
  starts_at: string;
  ends_at: string;
  room_name: string;
}): RoomSession {
  return {
    id: row.id,
    state: row.state,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    roomName: row.room_name,
  };
}

export interface RoomMember {
  name: string;
  municipality: string;
  organisation: string;
  role: ParticipantRole;
}

/** How a (not removed) participant appears in the room; undefined for anyone else. */
export async function findRoomMember(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<RoomMember | undefined> {
  const row = await db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select([
      'users.name',
      'session_participants.role',
      'organisations.name as organisation',
      'municipalities.name as municipality',
    ])
    .where('session_participants.session_id', '=', sessionId)
    .where('session_participants.user_id', '=', userId)
    .where('session_participants.removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    name: row.name,
    municipality: row.municipality ?? '',
    organisation: row.organisation ?? '',
    role: row.role,
  };
}
