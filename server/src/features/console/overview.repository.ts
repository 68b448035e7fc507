import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { HeldSession, OverviewInput } from '../../core/aggregates/overview.ts';
import { networkOrganisationIds } from '../../domain/networks/network-scope.ts';
import { inZone, startOfLocalDate, toUtcIso } from '../../core/slots/zone.ts';
import { networkTopics } from './networks.repository.ts';
import { countPerPart, partsOfNetwork } from './population-parts.repository.ts';

/** The month an instant falls in for a Dutch user (a session at 23:30 on 31 January is January's). */
const monthOf = (iso: string) => inZone(iso).toFormat('yyyy-MM');

/**
 * The plain counts of a network's year: sign-ups of its organisations' people, its held
 * sessions (invited, attended, the spread of size classes and regions), ratings as sums per
 * month, and published summaries per topic. Only counts leave this function: no names, no
 * notes, no single ratings.
 */
export async function readOverviewInput(
  db: Kysely<Database>,
  networkId: string,
  year: number,
): Promise<OverviewInput> {
  // The year runs from midnight to midnight in Amsterdam; timestamps are stored in UTC.
  const from = toUtcIso(startOfLocalDate(`${year}-01-01`));
  const to = toUtcIso(startOfLocalDate(`${year + 1}-01-01`));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const [users, sessions, parts] = await Promise.all([
    db
      .selectFrom('users')
      .select(['created_at', 'organisation_id'])
      .where('role', '=', 'participant')
      .where('organisation_id', 'in', networkOrganisationIds(db, networkId))
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute(),
    db
      .selectFrom('sparring_sessions')
      .select(['id', 'starts_at'])
      .where('network_id', '=', networkId)
      .where('state', '=', 'held')
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute(),
    partsOfNetwork(db, networkId),
  ]);
  const ids = sessions.map((s) => s.id);
  const [participants, attendance, ratings] =
    ids.length === 0
      ? [[], [], []]
      : await Promise.all([
          db
            .selectFrom('session_participants')
            .innerJoin('users', 'users.id', 'session_participants.user_id')
            .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
            .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
            .select([
              'session_participants.session_id',
              'municipalities.size_class',
              'municipalities.region_code',
            ])
            .where('session_participants.session_id', 'in', ids)
            .where('session_participants.removed_at', 'is', null)
            .execute(),
          db
            .selectFrom('attendance')
            .select(['session_id', 'user_id'])
            .distinct()
            .where('session_id', 'in', ids)
            .execute(),
          db
            .selectFrom('session_ratings')
            .select(['session_id', 'rating'])
            .where('session_id', 'in', ids)
            .execute(),
        ]);
  const held: HeldSession[] = sessions.map((s) => {
    const own = participants.filter((p) => p.session_id === s.id);
    return {
      month: monthOf(s.starts_at),
      invited: own.length,
      attended: attendance.filter((a) => a.session_id === s.id).length,
      sizeClasses: new Set(own.map((p) => p.size_class)).size,
      regions: new Set(own.map((p) => p.region_code)).size,
    };
  });
  const monthOfSession = new Map(sessions.map((s) => [s.id, monthOf(s.starts_at)]));
  const ratingSums = new Map<string, { sum: number; count: number }>();
  for (const r of ratings) {
    const month = monthOfSession.get(r.session_id)!;
    const current = ratingSums.get(month) ?? { sum: 0, count: 0 };
    ratingSums.set(month, { sum: current.sum + r.rating, count: current.count + 1 });
  }
  return {
    months,
    signUpParts: countPerPart(
      users,
      parts,
      (u) => u.organisation_id,
      (u) => months.indexOf(monthOf(u.created_at)),
      months.length,
    ),
    sessions: held,
    ratings: ratingSums,
    published: await publishedPerTopic(db, networkId, from, to),
  };
}

/** Published summaries of the network's sessions per topic, merged topics counted as their target. */
async function publishedPerTopic(
  db: Kysely<Database>,
  networkId: string,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const [entries, topics] = await Promise.all([
    db
      .selectFrom('library_entries')
      .innerJoin('sparring_sessions', 'sparring_sessions.id', 'library_entries.session_id')
      .select('library_entries.topic_slug')
      .where('sparring_sessions.network_id', '=', networkId)
      .where('library_entries.published_at', '>=', from)
      .where('library_entries.published_at', '<', to)
      .execute(),
    networkTopics(db, networkId),
  ]);
  const target = new Map(topics.map((t) => [t.slug, t.mergedInto ?? t.slug]));
  const counts = new Map<string, number>();
  // Every active topic has a row, also with none published: a missing row would be a hint too.
  for (const t of topics) if (t.state === 'active') counts.set(t.slug, 0);
  for (const e of entries) {
    const slug = target.get(e.topic_slug) ?? e.topic_slug;
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}
