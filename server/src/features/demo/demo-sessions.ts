import { randomBytes, randomUUID } from 'node:crypto';
import { networkOfUser } from '../../domain/networks/network-scope.ts';
import type { Kysely } from 'kysely';
import type { Database, ParticipantRole, SessionState } from '@ods/db';
import { demoNotesSnapshot } from './demo-notes.ts';

/** Room names of the demo sessions start so; the rest is random, as every room name. */
const NOW_PREFIX = 'demo-now-';
const ENDED_PREFIX = 'demo-ended-';
const MINUTE = 60_000;
/** The open session lasts 90 minutes; a start with less than 30 left gets a fresh one. */
const NOW_MINUTES = 90;
const NOW_AT_LEAST_LEFT = 30 * MINUTE;
/** The ended session is replaced once it is a week old (consent is asked up to 14 days). */
const ENDED_KEPT_DAYS = 7;
const TOPIC = 'schuldhulpverlening';

interface Member {
  email: string;
  role: ParticipantRole;
  attended?: boolean;
}

const NOW_GROUP: Member[] = [
  { email: 'anna@demo.example', role: 'case-owner' },
  { email: 'bram@demo.example', role: 'facilitator' },
  { email: 'chantal@demo.example', role: 'member' },
];
// Daan did not come: he is not asked for consent and does not hold up publishing.
const ENDED_GROUP: Member[] = [
  { email: 'anna@demo.example', role: 'case-owner', attended: true },
  { email: 'bram@demo.example', role: 'facilitator', attended: true },
  { email: 'daan@demo.example', role: 'member', attended: false },
];

async function demoSessions(db: Kysely<Database>, prefix: string) {
  return db
    .selectFrom('sparring_sessions')
    .select(['id', 'state', 'starts_at', 'ends_at'])
    .where('room_name', 'like', `${prefix}%`)
    .execute();
}

async function insertSession(
  db: Kysely<Database>,
  ids: Map<string, string>,
  group: Member[],
  session: { prefix: string; state: SessionState; startsAt: Date; minutes: number; now: Date },
): Promise<string> {
  const id = randomUUID();
  const stamp = session.now.toISOString();
  // The network of the one who brings the case: its coordinator runs the session.
  const networkId = (await networkOfUser(db, ids.get(group[0]!.email)!)) ?? null;
  await db
    .insertInto('sparring_sessions')
    .values({
      id,
      round_id: null,
      topic_slug: TOPIC,
      case_id: null,
      state: session.state,
      cancel_reason: null,
      starts_at: session.startsAt.toISOString(),
      ends_at: new Date(session.startsAt.getTime() + session.minutes * MINUTE).toISOString(),
      room_name: `${session.prefix}${randomBytes(16).toString('hex')}`,
      explanation_nl: 'Demosessie: probeer de videoruimte, de aantekeningen en de samenvatting.',
      explanation_en: 'Demo session: try the video room, the notes and the summary.',
      created_at: stamp,
      updated_at: stamp,
      network_id: networkId,
    })
    .execute();
  await db
    .insertInto('session_participants')
    .values(
      group.map((m) => ({
        session_id: id,
        user_id: ids.get(m.email)!,
        role: m.role,
        added_at: stamp,
        reply: 'accepted' as const,
        reply_reason: null,
        replied_at: stamp,
        removed_at: null,
      })),
    )
    .execute();
  return id;
}

/**
 * Keeps two demo sessions of the demo participants ready, so a newcomer can try everything at
 * once: one whose room is open now (a fresh one when the last has less than half an hour
 * left, e.g. after a restart hours later), and one that has just ended, with notes and two of
 * its three participants seen in the room, so the summary and consent can be tried. Runs on
 * every development start; does nothing without the demo accounts.
 */
export async function refreshDemoSessions(
  db: Kysely<Database>,
  now: Date,
): Promise<{ nowSession?: string; endedSession?: string }> {
  const emails = [...new Set([...NOW_GROUP, ...ENDED_GROUP].map((m) => m.email))];
  const users = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', emails)
    .execute();
  if (users.length < emails.length) return {};
  const ids = new Map(users.map((u) => [u.email, u.id]));
  const result: { nowSession?: string; endedSession?: string } = {};
  const minute = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);

  const open = (await demoSessions(db, NOW_PREFIX)).find(
    (s) =>
      s.state !== 'cancelled' &&
      s.state !== 'held' &&
      Date.parse(s.starts_at) <= now.getTime() &&
      Date.parse(s.ends_at) - now.getTime() >= NOW_AT_LEAST_LEFT,
  );
  if (!open) {
    result.nowSession = await insertSession(db, ids, NOW_GROUP, {
      prefix: NOW_PREFIX,
      state: 'confirmed',
      startsAt: new Date(minute.getTime() - 5 * MINUTE),
      minutes: NOW_MINUTES,
      now,
    });
  }

  const recent = (await demoSessions(db, ENDED_PREFIX)).find(
    (s) => Date.parse(s.ends_at) > now.getTime() - ENDED_KEPT_DAYS * 86_400_000,
  );
  if (!recent) {
    const startsAt = new Date(minute.getTime() - 75 * MINUTE);
    const id = await insertSession(db, ids, ENDED_GROUP, {
      prefix: ENDED_PREFIX,
      state: 'held',
      startsAt,
      minutes: 60,
      now,
    });
    for (const m of ENDED_GROUP.filter((g) => g.attended))
      await db
        .insertInto('attendance')
        .values({
          id: randomUUID(),
          session_id: id,
          user_id: ids.get(m.email)!,
          participant_sid: `demo-${randomUUID()}`,
          joined_at: new Date(startsAt.getTime() + MINUTE).toISOString(),
          left_at: new Date(startsAt.getTime() + 58 * MINUTE).toISOString(),
        })
        .execute();
    const stamp = now.toISOString();
    await db
      .insertInto('notes_documents')
      .values({
        session_id: id,
        snapshot: Buffer.from(demoNotesSnapshot()),
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    result.endedSession = id;
  }
  return result;
}
