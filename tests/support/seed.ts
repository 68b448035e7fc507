import { randomBytes, randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@ods/db';
import {
  appointCoordinator,
  defaultNetworkId,
} from '@ods/server/domain/networks/networks.repository';

/** Three professionals from three municipalities in three provinces. */
export const PEOPLE = [
  { name: 'Anna Visser', email: 'anna@gemeente.example', organisation: 'GM0363' },
  { name: 'Bram de Wit', email: 'bram@gemeente.example', organisation: 'GM0014' },
  { name: 'Chantal Bos', email: 'chantal@gemeente.example', organisation: 'GM0096' },
];

/** The server runs on the real clock: a session a week from now, at 14:00 in Amsterdam. */
export function startInAWeek(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  return `${day.toISOString().slice(0, 10)}T13:00:00.000Z`;
}

/** A professional with a complete profile (house rules accepted), straight into the database. */
export async function insertProfessional(
  handle: DatabaseHandle,
  id: string,
  person: { email: string; name: string; organisation: string; role?: 'coordinator' },
  stamp: string,
): Promise<void> {
  await handle.db
    .insertInto('users')
    .values({
      id,
      email: person.email,
      name: person.name,
      role: person.role ?? 'participant',
      organisation_id: person.organisation,
      job_title: 'Consulent',
      house_rules_accepted_at: stamp,
      profile_completed_at: stamp,
      paused_until: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

export interface CommittedSessionOptions {
  /** E-mail addresses of those who already accepted; the others have not replied. */
  acceptedBy?: string[];
  /** Give everyone weekday availability from 9:00 to 17:00 (for finding another time). */
  freeOnWeekdays?: boolean;
}

/**
 * PEOPLE and a committed round with one session of theirs a week ahead, straight into the
 * server's database, as a coordinator's commit leaves them: the inviter takes it from there.
 */
export async function seedCommittedSession(
  handle: DatabaseHandle,
  options: CommittedSessionOptions = {},
): Promise<string> {
  const db = handle.db;
  const stamp = new Date().toISOString();
  const ids = PEOPLE.map(() => randomUUID());
  for (const [i, person] of PEOPLE.entries()) {
    await insertProfessional(handle, ids[i]!, person, stamp);
    if (options.freeOnWeekdays) {
      await db
        .insertInto('user_availability')
        .values(
          [1, 2, 3, 4, 5].map((weekday) => ({
            user_id: ids[i]!,
            weekday,
            start_minute: 540,
            end_minute: 1020,
          })),
        )
        .execute();
    }
  }
  const roundId = randomUUID();
  await db
    .insertInto('match_rounds')
    .values({
      id: roundId,
      period_start: stamp.slice(0, 10),
      period_end: stamp.slice(0, 10),
      state: 'committed',
      proposed_by: null,
      created_at: stamp,
      committed_at: stamp,
    })
    .execute();
  const sessionId = randomUUID();
  const startsAt = startInAWeek();
  await db
    .insertInto('sparring_sessions')
    .values({
      id: sessionId,
      round_id: roundId,
      topic_slug: 'schuldhulpverlening',
      case_id: null,
      state: 'proposed',
      cancel_reason: null,
      starts_at: startsAt,
      ends_at: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
      room_name: `room-${randomBytes(16).toString('hex')}`,
      explanation_nl: 'Schuldhulpverlening · 3 gemeenten in 3 provincies',
      explanation_en: 'Debt assistance · 3 municipalities in 3 provinces',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await db
    .insertInto('session_participants')
    .values(
      ids.map((userId, i) => ({
        session_id: sessionId,
        user_id: userId,
        role: i === 0 ? ('facilitator' as const) : ('member' as const),
        reply: options.acceptedBy?.includes(PEOPLE[i]!.email)
          ? ('accepted' as const)
          : ('needs-action' as const),
        added_at: stamp,
        reply_reason: null,
        replied_at: null,
        removed_at: null,
      })),
    )
    .execute();
  return sessionId;
}

/**
 * Seven professionals on debt assistance, free every weekday, two of them from Amsterdam and
 * the others each from a municipality of their own: a round makes a group of three and one of
 * four, the two from Amsterdam apart. So a swap or move of two non-Amsterdammers keeps every
 * hard rule, and bringing the two from Amsterdam together breaks one, whatever groups the
 * search found.
 */
export const TINY_POOL = [
  { name: 'Ans Amsterdam', email: 'ans@tiny.example', organisation: 'GM0363' },
  { name: 'Arie Amsterdam', email: 'arie@tiny.example', organisation: 'GM0363' },
  { name: 'Gea Groningen', email: 'gea@tiny.example', organisation: 'GM0014' },
  { name: 'Vera Vlieland', email: 'vera@tiny.example', organisation: 'GM0096' },
  { name: 'Alex Almere', email: 'alex@tiny.example', organisation: 'GM0034' },
  { name: 'Rik Rotterdam', email: 'rik@tiny.example', organisation: 'GM0599' },
  { name: 'Eef Enschede', email: 'eef@tiny.example', organisation: 'GM0153' },
];

/**
 * A professional on debt assistance, free every weekday from 9:00 to 17:00, as TINY_POOL's are;
 * answers their id.
 */
export async function insertPoolMember(
  handle: DatabaseHandle,
  person: { email: string; name: string; organisation: string },
  stamp: string,
): Promise<string> {
  const id = randomUUID();
  await insertProfessional(handle, id, person, stamp);
  await handle.db
    .insertInto('user_topics')
    .values({ user_id: id, topic_slug: 'schuldhulpverlening', level: 'ervaren' })
    .execute();
  await handle.db
    .insertInto('user_availability')
    .values(
      [1, 2, 3, 4, 5].map((weekday) => ({
        user_id: id,
        weekday,
        start_minute: 540,
        end_minute: 1020,
      })),
    )
    .execute();
  return id;
}

/** TINY_POOL and their coordinator (who does not spar), straight into the server's database. */
export async function seedTinyPool(
  handle: DatabaseHandle,
  coordinator: { email: string; name: string },
): Promise<Record<string, string>> {
  const db = handle.db;
  const now = new Date();
  const stamp = now.toISOString();
  const ids: Record<string, string> = {};
  for (const person of TINY_POOL) ids[person.email] = await insertPoolMember(handle, person, stamp);
  const coordinatorId = randomUUID();
  await insertProfessional(
    handle,
    coordinatorId,
    { ...coordinator, organisation: 'GM0363', role: 'coordinator' },
    stamp,
  );
  await db
    .updateTable('users')
    .set({ pool_status: 'left' })
    .where('id', '=', coordinatorId)
    .execute();
  await appointCoordinator(db, await defaultNetworkId(db, now), coordinatorId, now);
  return ids;
}
