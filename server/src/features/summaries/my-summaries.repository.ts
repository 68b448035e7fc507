import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { PastSessionSummary } from '@ods/shared/api/summaries';

/** The held sessions a user took part in, newest first, each with where its summary stands. */
export async function pastSessionsOf(
  db: Kysely<Database>,
  userId: string,
): Promise<PastSessionSummary[]> {
  const rows = await db
    .selectFrom('session_participants as me')
    .innerJoin('sparring_sessions as s', 's.id', 'me.session_id')
    .innerJoin('topics as t', 't.slug', 's.topic_slug')
    .leftJoin('summaries as sum', 'sum.session_id', 's.id')
    .leftJoin('library_entries as lib', 'lib.session_id', 's.id')
    .leftJoin('summary_consents as mine', (join) =>
      join.onRef('mine.session_id', '=', 's.id').on('mine.user_id', '=', userId),
    )
    .leftJoin('session_ratings as rated', (join) =>
      join.onRef('rated.session_id', '=', 's.id').on('rated.user_id', '=', userId),
    )
    .select((eb) => [
      's.id',
      's.starts_at',
      't.slug',
      't.name_nl',
      't.name_en',
      'sum.session_id as summary_id',
      'sum.takeaways',
      'lib.id as library_id',
      'mine.agreed as my_agreed',
      'rated.rating',
      eb
        .selectFrom('summary_consents as c')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('c.session_id', '=', 's.id')
        .where('c.agreed', '=', 1)
        .as('agreed_count'),
      eb
        .selectFrom('attendance as a')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('a.session_id', '=', 's.id')
        .as('attendance_count'),
      eb
        .selectFrom('attendance as a')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('a.session_id', '=', 's.id')
        .where('a.user_id', '=', userId)
        .as('my_attendance_count'),
    ])
    .where('me.user_id', '=', userId)
    .where('me.removed_at', 'is', null)
    .where('s.state', '=', 'held')
    .orderBy('s.starts_at', 'desc')
    .execute();
  return rows.map((row) => {
    const published = row.library_id !== null;
    // A no-show is not asked (unless nobody's attendance was kept for this session).
    const asked =
      Number(row.attendance_count ?? 0) === 0 || Number(row.my_attendance_count ?? 0) > 0;
    return {
      sessionId: row.id,
      topic: { slug: row.slug, name: { nl: row.name_nl, en: row.name_en } },
      startsAt: row.starts_at,
      status: published
        ? 'published'
        : Number(row.agreed_count ?? 0) > 0
          ? 'awaiting-consent'
          : 'draft',
      saved: row.summary_id !== null,
      waitingForMe: {
        consent: asked && !published && Number(row.my_agreed ?? 0) !== 1,
        rating: row.rating === null,
      },
      takeaways: row.takeaways ?? '',
    };
  });
}
