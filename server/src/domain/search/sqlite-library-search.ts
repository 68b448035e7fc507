import { sql, type Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { LibrarySearch, LibrarySearchQuery } from './library-search.ts';
import { facetWord, monthWords } from './search-facets.ts';
import { entryFilters, pageOf } from './search-filters.ts';
import { searchTerms } from './search-terms.ts';

// The FTS5 table is not part of the typed schema: it is SQLite-only. Its rowid is the order key
// the migration's triggers compute; the low 26 bits give the entry id back.
type WithFts = Database & { library_fts: { rowid: number; library_fts: string } };
const ID_BITS = 67108863;

/**
 * An FTS5 query over both columns: every text term as a word or the start of one ("schuld"
 * finds "schulden", as PostgreSQL's Dutch stemmer would), and every filter as its facet word.
 * Undefined when there is neither.
 */
export function ftsMatch(query: LibrarySearchQuery): string | undefined {
  // Two-letter words match whole: as a prefix they would expand to half the vocabulary.
  const terms = searchTerms(query.text ?? '').map((t) => (t.length >= 3 ? `"${t}"*` : `"${t}"`));
  const facets: string[] = [];
  if (query.topic) facets.push(`"${facetWord('topic', query.topic)}"`);
  if (query.sizeClass) facets.push(`"${facetWord('size', query.sizeClass)}"`);
  if (query.region) facets.push(`"${facetWord('region', query.region)}"`);
  const months = monthWords(query.from, query.to);
  if (months) facets.push(`(${months.map((m) => `"${m}"`).join(' OR ')})`);
  const parts = [
    ...(terms.length > 0 ? [`search_text : (${terms.join(' AND ')})`] : []),
    ...(facets.length > 0 ? [`search_facets : (${facets.join(' AND ')})`] : []),
  ];
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/**
 * Library search on SQLite. With text or filters, FTS5 reads its matches in order-key order
 * (most useful, newest) and the query stops after one page; the exact filters are checked on
 * each entry read. With neither, the ordered index on library_entries is read.
 */
export function sqliteLibrarySearch(db: Kysely<Database>): LibrarySearch {
  const fts = db as unknown as Kysely<WithFts>;
  return {
    async search(query: LibrarySearchQuery) {
      const match = ftsMatch(query);
      const columns = [
        'library_entries.id as entryId',
        'library_entries.session_id as sessionId',
      ] as const;
      const rows = match
        ? await fts
            .selectFrom('library_fts')
            .innerJoin('library_entries', (join) =>
              join.on(
                sql<boolean>`library_entries.id = ${ID_BITS} - (library_fts.rowid & ${ID_BITS})`,
              ),
            )
            .select(columns)
            .where(sql<boolean>`library_fts match ${match}`)
            .where(entryFilters(query))
            .orderBy(sql`library_fts.rowid`)
            .limit(query.limit + 1)
            .offset(query.offset)
            .execute()
        : await fts
            .selectFrom('library_entries')
            .select(columns)
            .where(entryFilters(query))
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
