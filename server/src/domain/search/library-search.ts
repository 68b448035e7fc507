import type { Kysely } from 'kysely';
import type { Database, DatabaseDialect } from '@ods/db';
import { postgresLibrarySearch } from './postgres-library-search.ts';
import { sqliteLibrarySearch } from './sqlite-library-search.ts';

/** What the library can be searched and filtered by; every part is optional. */
export interface LibrarySearchQuery {
  text?: string | undefined;
  topic?: string | undefined;
  sizeClass?: string | undefined;
  region?: string | undefined;
  /** Held on or after this date (YYYY-MM-DD). */
  from?: string | undefined;
  /** Held on or before this date (YYYY-MM-DD). */
  to?: string | undefined;
  limit: number;
  offset: number;
}

export interface LibrarySearchHit {
  entryId: number;
  sessionId: string;
}

export interface LibrarySearchResult {
  /** Every entry that has all the words and passes the filters: most useful first, then newest. */
  hits: LibrarySearchHit[];
  hasMore: boolean;
}

/**
 * The one search over published summaries. Each database keeps its own full-text index in step
 * by itself (FTS5 triggers on SQLite, a generated tsvector on PostgreSQL), so writers only touch
 * library_entries; this interface is all readers need.
 */
export interface LibrarySearch {
  search(query: LibrarySearchQuery): Promise<LibrarySearchResult>;
}

/** The search implementation for the database in use. */
export function librarySearch(db: Kysely<Database>, dialect: DatabaseDialect): LibrarySearch {
  return dialect === 'postgres' ? postgresLibrarySearch(db) : sqliteLibrarySearch(db);
}
