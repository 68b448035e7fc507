import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { LibraryEntry, LibraryItem } from '@ods/shared/api/library';
import type { ExchangeRow } from '@ods/shared/api/summaries';
import { attributionsOf } from './contributors.repository.ts';
import { snippetOf } from './snippet.ts';

function entriesQuery(db: Kysely<Database>, viewerId: string) {
  return db
    .selectFrom('library_entries as e')
    .innerJoin('topics as t', 't.slug', 'e.topic_slug')
    .innerJoin('summaries as s', 's.session_id', 'e.session_id')
    .leftJoin('library_useful_marks as m', (join) =>
      join.onRef('m.entry_id', '=', 'e.id').on('m.user_id', '=', viewerId),
    )
    .select([
      'e.id',
      'e.session_id',
      'e.title',
      'e.held_on',
      'e.published_at',
      'e.useful_count',
      'e.search_text',
      't.slug',
      't.name_nl',
      't.name_en',
      'm.user_id as marked_by',
    ]);
}

/** The result list for search hits, in the order of the hits. */
export async function loadLibraryItems(
  db: Kysely<Database>,
  sessionIds: readonly string[],
  viewerId: string,
  terms: readonly string[],
): Promise<LibraryItem[]> {
  if (sessionIds.length === 0) return [];
  const rows = await entriesQuery(db, viewerId).where('e.session_id', 'in', sessionIds).execute();
  const attributions = await attributionsOf(db, sessionIds);
  const bySession = new Map(rows.map((row) => [row.session_id, row]));
  return sessionIds.flatMap((id) => {
    const row = bySession.get(id);
    if (!row) return [];
    return [
      {
        id: row.session_id,
        title: row.title,
        topic: { slug: row.slug, name: { nl: row.name_nl, en: row.name_en } },
        heldOn: row.held_on,
        usefulCount: Number(row.useful_count),
        markedUseful: row.marked_by !== null,
        ...attributions.get(id)!,
        snippet: snippetOf(row.search_text, terms),
      },
    ];
  });
}

/** One published summary with all its texts; undefined when it is not (or no longer) published. */
export async function loadLibraryEntry(
  db: Kysely<Database>,
  sessionId: string,
  viewerId: string,
): Promise<LibraryEntry | undefined> {
  const [item] = await loadLibraryItems(db, [sessionId], viewerId, []);
  if (!item) return undefined;
  const published = await db
    .selectFrom('library_entries as e')
    .innerJoin('summaries as s', 's.session_id', 'e.session_id')
    .select(['e.published_at', 's.question', 's.insights', 's.exchange_rows', 's.advice'])
    .select(['s.takeaways', 's.follow_ups'])
    .where('e.session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return {
    ...item,
    publishedAt: published.published_at,
    content: {
      question: published.question,
      insights: published.insights,
      exchange: JSON.parse(published.exchange_rows) as ExchangeRow[],
      advice: published.advice,
      takeaways: published.takeaways,
      followUps: published.follow_ups,
    },
  };
}
