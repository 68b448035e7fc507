import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { OpenConsentRequest } from '@ods/shared/api/summaries';

/**
 * The questions about summaries I was asked and have not answered: not closed, the summary
 * not final, and no yes (or no) of mine to its current text.
 */
export async function openConsentRequests(
  db: Kysely<Database>,
  userId: string,
): Promise<OpenConsentRequest[]> {
  const rows = await db
    .selectFrom('consent_requests')
    .innerJoin('sparring_sessions', 'sparring_sessions.id', 'consent_requests.session_id')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .innerJoin('summaries', 'summaries.session_id', 'consent_requests.session_id')
    .leftJoin('summary_consents', (join) =>
      join
        .onRef('summary_consents.session_id', '=', 'consent_requests.session_id')
        .onRef('summary_consents.user_id', '=', 'consent_requests.user_id'),
    )
    .select([
      'consent_requests.session_id',
      'consent_requests.requested_at',
      'sparring_sessions.starts_at',
      'topics.slug',
      'topics.name_nl',
      'topics.name_en',
      'summary_consents.agreed',
      'summary_consents.decided_at',
      'summaries.updated_at',
    ])
    .where('consent_requests.user_id', '=', userId)
    .where('consent_requests.closed_at', 'is', null)
    .where('summaries.finalised_at', 'is', null)
    .orderBy('consent_requests.requested_at', 'desc')
    .execute();
  return rows
    .filter(
      (r) => Number(r.agreed) !== 1 && !(r.decided_at !== null && r.decided_at >= r.updated_at),
    )
    .map((r) => ({
      sessionId: r.session_id,
      topic: { slug: r.slug, name: { nl: r.name_nl, en: r.name_en } },
      startsAt: r.starts_at,
      requestedAt: r.requested_at,
    }));
}
