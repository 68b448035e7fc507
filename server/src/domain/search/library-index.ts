import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { facetText } from './search-facets.ts';

/** What the library keeps of a published summary to find and filter it. */
export interface LibraryEntryInput {
  sessionId: string;
  topic: string;
  /** YYYY-MM-DD of the session. */
  heldOn: string;
  title: string;
  /** Every text of the summary; the database indexes it. */
  searchText: string;
  /** Size classes and regions of the participants who chose to be shown. */
  sizeClasses: readonly string[];
  regions: readonly string[];
}

const list = (values: readonly string[]) => `|${[...new Set(values)].sort().join('|')}|`;

/**
 * Puts a summary in the library, or refreshes its entry (an attribution changed): the search
 * index follows by itself. Useful marks and the first publication date stay.
 */
export async function upsertLibraryEntry(
  db: Kysely<Database>,
  entry: LibraryEntryInput,
  now: Date,
): Promise<void> {
  const values = {
    topic_slug: entry.topic,
    held_on: entry.heldOn,
    title: entry.title,
    search_text: entry.searchText,
    search_facets: facetText(entry),
    size_classes: list(entry.sizeClasses),
    regions: list(entry.regions),
  };
  await db
    .insertInto('library_entries')
    .values({ session_id: entry.sessionId, published_at: now.toISOString(), ...values })
    .onConflict((oc) => oc.column('session_id').doUpdateSet(values))
    .execute();
}

/** Takes a summary out of the library at once; it no longer turns up in any search. */
export async function removeLibraryEntry(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('library_entries').where('session_id', '=', sessionId).execute();
}

/** Whether a session's summary is in the library. */
export async function isInLibrary(db: Kysely<Database>, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('library_entries')
    .select('id')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}
