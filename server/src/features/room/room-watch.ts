import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import type { LiveKitAccess } from '../../plugins/livekit.ts';
import { closeAttendanceExcept, countAttendees, recordJoin } from './attendance.repository.ts';
import type { RoomSession } from './room.repository.ts';
import type { RoomWindowSettings } from './room-window.ts';
import { progressSession } from './session-progress.ts';

/** A session ends as held once at least this many different people were in its room. */
export const HELD_QUORUM = 2;
/** Sessions that ended longer ago than this are no longer looked at (they stay as they are). */
const SETTLE_DAYS = 14;

const WATCHED_STATES = ['invited', 'confirmed', 'live'] as const;

export interface WatchRun {
  /** Rooms open now, whose occupants were asked for. */
  openRooms: number;
  /** Sessions that became held in this run. */
  held: number;
  /** When the next room opens (none planned: undefined). */
  nextOpening: Date | undefined;
}

/** Planned sessions whose room window contains `now`. */
async function openRoomSessions(
  db: Kysely<Database>,
  now: Date,
  settings: RoomWindowSettings,
): Promise<RoomSession[]> {
  const rows = await db
    .selectFrom('sparring_sessions')
    .select(['id', 'state', 'starts_at', 'ends_at', 'room_name'])
    .where('state', 'in', WATCHED_STATES)
    .where(
      'starts_at',
      '<=',
      new Date(now.getTime() + settings.opensMinutesBefore * 60_000).toISOString(),
    )
    .where(
      'ends_at',
      '>',
      new Date(now.getTime() - settings.closesMinutesAfter * 60_000).toISOString(),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    roomName: r.room_name,
  }));
}

async function nextOpening(
  db: Kysely<Database>,
  now: Date,
  settings: RoomWindowSettings,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('sparring_sessions')
    .select((eb) => eb.fn.min('starts_at').as('first'))
    .where('state', 'in', WATCHED_STATES)
    .where('starts_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row?.first) return undefined;
  return new Date(Date.parse(String(row.first)) - settings.opensMinutesBefore * 60_000);
}

/**
 * Asks LiveKit who is in one room and writes it down as attendance: a connection the webhooks
 * did not tell us about is added, one that is no longer listed has left. The first person in
 * makes the session live, as a join webhook would.
 */
export async function pollRoom(
  db: Kysely<Database>,
  livekit: LiveKitAccess,
  session: RoomSession,
  now: Date,
): Promise<void> {
  const occupants = await livekit.listParticipants(session.roomName);
  const members = [];
  for (const o of occupants) if (await isParticipant(db, session.id, o.identity)) members.push(o);
  for (const o of members)
    await recordJoin(db, {
      sessionId: session.id,
      userId: o.identity,
      participantSid: o.sid,
      joinedAt: o.joinedAt.toISOString(),
    });
  await closeAttendanceExcept(
    db,
    session.id,
    members.map((o) => o.sid),
    now.toISOString(),
  );
  if (members.length > 0) await progressSession(db, session, 'live', now);
}

/**
 * Sessions whose end has passed and whose room saw at least HELD_QUORUM people become held,
 * whether or not LiveKit's room_finished webhook ever arrives.
 */
export async function settleEndedSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const ended = await db
    .selectFrom('sparring_sessions')
    .select(['id', 'state'])
    .where('state', 'in', WATCHED_STATES)
    .where('ends_at', '<=', now.toISOString())
    .where('ends_at', '>', new Date(now.getTime() - SETTLE_DAYS * 86_400_000).toISOString())
    .execute();
  let held = 0;
  for (const session of ended) {
    if ((await countAttendees(db, session.id)) < HELD_QUORUM) continue;
    await db.transaction().execute(async (trx) => {
      // Someone was seen, so a session still invited or confirmed was live in fact.
      if (session.state !== 'live') await progressSession(trx, session, 'live', now);
      await progressSession(trx, { id: session.id, state: 'live' }, 'held', now);
    });
    held += 1;
  }
  return held;
}

/** One run of the room watch: poll the open rooms, then settle the sessions that ended. */
export async function watchRooms(
  db: Kysely<Database>,
  livekit: LiveKitAccess | undefined,
  settings: RoomWindowSettings,
  now: Date,
  onError: (error: unknown) => void,
): Promise<WatchRun> {
  const open = await openRoomSessions(db, now, settings);
  if (livekit) {
    for (const session of open) {
      try {
        await pollRoom(db, livekit, session, now);
      } catch (error) {
        // One unreachable room must not keep the others from being watched.
        onError(error);
      }
    }
  }
  const held = await settleEndedSessions(db, now);
  return { openRooms: open.length, held, nextOpening: await nextOpening(db, now, settings) };
}
