import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

export interface JoinRecord {
  sessionId: string;
  userId: string;
  participantSid: string;
  joinedAt: string;
}

/** Records that someone entered the room; a second webhook for the same connection adds nothing. */
export async function recordJoin(db: Kysely<Database>, join: JoinRecord): Promise<void> {
  await db
    .insertInto('attendance')
    .values({
      id: randomUUID(),
      session_id: join.sessionId,
      user_id: join.userId,
      participant_sid: join.participantSid,
      joined_at: join.joinedAt,
      left_at: null,
    })
    .onConflict((oc) => oc.column('participant_sid').doNothing())
    .execute();
}

/** Records that a connection left the room (only the first time we hear it). */
export async function recordLeave(
  db: Kysely<Database>,
  participantSid: string,
  leftAt: string,
): Promise<void> {
  await db
    .updateTable('attendance')
    .set({ left_at: leftAt })
    .where('participant_sid', '=', participantSid)
    .where('left_at', 'is', null)
    .execute();
}

/** When the room finishes, whoever we never heard leave has left by then. */
export async function closeOpenAttendance(
  db: Kysely<Database>,
  sessionId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('attendance')
    .set({ left_at: at })
    .where('session_id', '=', sessionId)
    .where('left_at', 'is', null)
    .execute();
}

/** A person's own attendance, for their data export. */
export async function attendanceOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('attendance')
    .select(['session_id as sessionId', 'joined_at as joinedAt', 'left_at as leftAt'])
    .where('user_id', '=', userId)
    .orderBy('joined_at')
    .execute();
}

/**
 * Whoever the room service no longer lists has left by now: the poll's counterpart of a
 * participant_left webhook that did not come.
 */
export async function closeAttendanceExcept(
  db: Kysely<Database>,
  sessionId: string,
  presentSids: readonly string[],
  at: string,
): Promise<void> {
  let query = db
    .updateTable('attendance')
    .set({ left_at: at })
    .where('session_id', '=', sessionId)
    .where('left_at', 'is', null);
  if (presentSids.length > 0) query = query.where('participant_sid', 'not in', presentSids);
  await query.execute();
}

/** How many different people were ever seen in the session's room. */
export async function countAttendees(db: Kysely<Database>, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('attendance')
    .select((eb) => eb.fn.count<number>('user_id').distinct().as('people'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.people ?? 0);
}

/** How many different people are in the session's room now (joined, not yet left). */
export async function countPresent(db: Kysely<Database>, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('attendance')
    .select((eb) => eb.fn.count<number>('user_id').distinct().as('people'))
    .where('session_id', '=', sessionId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.people ?? 0);
}
