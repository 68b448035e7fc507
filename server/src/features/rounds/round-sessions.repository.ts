import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Round, RoundSessionPerson, RoundSessionState } from '@ods/shared';

type Reply = RoundSessionPerson['reply'];

function replyOf(row: { reply: string; removed_at: string | null }): Reply {
  if (row.reply === 'declined') return 'declined';
  if (row.removed_at !== null) return 'removed';
  return row.reply === 'accepted' ? 'accepted' : 'pending';
}

/**
 * The state of each session a committed round made, in the order of the round's groups: its
 * time now, the replies counted and per person, and how many were in the room. Reads only
 * sessions, participants' names and answers, and attendance: never notes, cases, summaries or
 * ratings. Empty for a round that is not committed.
 */
export async function roundSessionStates(
  db: Kysely<Database>,
  round: Round,
): Promise<RoundSessionState[]> {
  const groupOf = new Map(round.groups.flatMap((g, i) => (g.sessionId ? [[g.sessionId, i]] : [])));
  if (round.state !== 'committed' || groupOf.size === 0) return [];
  const sessions = await db
    .selectFrom('sparring_sessions')
    .select(['id', 'state', 'cancel_reason', 'starts_at', 'ends_at'])
    .where('round_id', '=', round.id)
    .execute();
  const ids = sessions.map((s) => s.id);
  if (ids.length === 0) return [];
  const [participants, attendance] = await Promise.all([
    db
      .selectFrom('session_participants')
      .innerJoin('users', 'users.id', 'session_participants.user_id')
      .select([
        'session_participants.session_id',
        'session_participants.user_id',
        'session_participants.reply',
        'session_participants.removed_at',
        'users.name',
      ])
      .where('session_participants.session_id', 'in', ids)
      // Equal names are ordered by id, so the list reads the same on every database.
      .orderBy('users.name')
      .orderBy('session_participants.user_id')
      .execute(),
    db
      .selectFrom('attendance')
      .select((eb) => ['session_id', eb.fn.count<number>('user_id').distinct().as('n')])
      .where('session_id', 'in', ids)
      .groupBy('session_id')
      .execute(),
  ]);
  const attended = new Map(attendance.map((a) => [a.session_id, Number(a.n)]));
  return sessions
    .filter((s) => groupOf.has(s.id))
    .map((s): RoundSessionState => {
      const group = groupOf.get(s.id)!;
      const people = participants
        .filter((p) => p.session_id === s.id)
        .map((p) => ({ userId: p.user_id, name: p.name, reply: replyOf(p) }));
      const count = (reply: Reply) => people.filter((p) => p.reply === reply).length;
      return {
        sessionId: s.id,
        group,
        state: s.state,
        cancelReason: s.cancel_reason,
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        rescheduled: s.starts_at !== round.groups[group]!.startsAt,
        // Until the inviter has sent them, nobody is invited yet.
        invited: s.state === 'proposed' ? 0 : people.length,
        accepted: count('accepted'),
        declined: count('declined'),
        pending: count('pending'),
        attended: attended.get(s.id) ?? 0,
        people,
      };
    })
    .sort((a, b) => a.group - b.group);
}
