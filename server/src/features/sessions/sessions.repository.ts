import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SessionDetails, SizeClass } from '@ods/shared';

/** Sessions with their participants, shaped as the API returns them; ordered by start. */
export async function loadSessions(
  db: Kysely<Database>,
  sessionIds: string[],
  viewerId: string,
): Promise<SessionDetails[]> {
  if (sessionIds.length === 0) return [];
  const sessions = await db
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .selectAll('sparring_sessions')
    .select(['topics.name_nl', 'topics.name_en'])
    .where('sparring_sessions.id', 'in', sessionIds)
    .orderBy('sparring_sessions.starts_at')
    .execute();
  const participants = await db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select([
      'session_participants.session_id',
      'session_participants.user_id',
      'session_participants.role',
      'session_participants.reply',
      'users.name',
      'users.job_title',
      'organisations.name as organisation_name',
      'municipalities.name as municipality_name',
      'municipalities.size_class',
      'municipalities.province',
      'municipalities.region',
    ])
    .where('session_participants.session_id', 'in', sessionIds)
    .where('session_participants.removed_at', 'is', null)
    .orderBy('users.name')
    .execute();
  return sessions.map((s) => {
    const own = participants.filter((p) => p.session_id === s.id);
    const mine = own.find((p) => p.user_id === viewerId);
    return {
      id: s.id,
      topic: { slug: s.topic_slug, name: { nl: s.name_nl, en: s.name_en } },
      state: s.state,
      cancelReason: s.cancel_reason,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      explanation: { nl: s.explanation_nl, en: s.explanation_en },
      caseId: s.case_id,
      myRole: mine?.role ?? null,
      myReply: mine?.reply ?? null,
      participants: own.map((p) => ({
        userId: p.user_id,
        name: p.name,
        jobTitle: p.job_title,
        organisationName: p.organisation_name ?? '',
        municipalityName: p.municipality_name ?? '',
        sizeClass: (p.size_class ?? 'klein') as SizeClass,
        province: p.province ?? '',
        region: p.region ?? '',
        role: p.role,
        reply: p.reply,
      })),
    };
  });
}

/** Ids of the sessions a user takes part in (not removed from), except those still only proposed. */
export async function mySessionIds(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('session_participants')
    .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
    .select('session_participants.session_id')
    .where('session_participants.user_id', '=', userId)
    .where('session_participants.removed_at', 'is', null)
    .where('sparring_sessions.state', '!=', 'proposed')
    .execute();
  return rows.map((r) => r.session_id);
}
