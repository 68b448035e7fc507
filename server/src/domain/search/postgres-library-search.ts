import { sql, type Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { LibrarySearch, LibrarySearchQuery } from './library-search.ts';
import { entryFilters, pageOf } from './search-filters.ts';
import { searchTerms, tsQuery } from './search-terms.ts';

// The generated tsvector column exists on PostgreSQL only, so it is not in the shared schema.
type WithVector = Database & {
  library_entries: Database['library_entries'] & { search_vector: string };
};

/** Library search on PostgreSQL: the 'dutch' text-search configuration over a GIN index. */
export function postgresLibrarySearch(db: Kysely<Database>): LibrarySearch {
  const pg = db as unknown as Kysely<WithVector>;
  return {
    async search(query: LibrarySearchQuery) {
      const terms = searchTerms(query.text ?? '');
      const tsquery = sql`to_tsquery('dutch', ${tsQuery(terms)})`;
      let filtered = pg
        .selectFrom('library_entries')
        .select(['library_entries.id as entryId', 'library_entries.session_id as sessionId'])
        .where(entryFilters(query));
      if (terms.length > 0) {
        filtered = filtered.where(sql<boolean>`library_entries.search_vector @@ ${tsquery}`);
      }
      // No rank in the order: with "most useful, then newest" the planner can read the ordered
      // index and stop after a page for common words, or intersect the GIN index for rare ones.
      const rows = await filtered
        .orderBy('library_entries.useful_count', 'desc')
        .orderBy('library_entries.held_on', 'desc')
        .orderBy('library_entries.id', 'desc')
        .limit(query.limit + 1)
        .offset(query.offset)
        .execute();
      const page = pageOf(rows, query.limit);
      return { hits: page.rows, hasMore: page.hasMore };
    },
  };
}
