import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '@ods/db';
import type { LibrarySearchQuery } from './library-search.ts';
import { listContainsPattern } from './search-terms.ts';

type EntriesBuilder = ExpressionBuilder<Database, 'library_entries'>;

/** The filters of a query as one condition on library_entries (the same SQL on both databases). */
export function entryFilters(query: LibrarySearchQuery) {
  return (eb: EntriesBuilder): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (query.topic) conditions.push(eb('library_entries.topic_slug', '=', query.topic));
    if (query.sizeClass) conditions.push(listContains('size_classes', query.sizeClass));
    if (query.region) conditions.push(listContains('regions', query.region));
    if (query.from) conditions.push(eb('library_entries.held_on', '>=', query.from));
    if (query.to) conditions.push(eb('library_entries.held_on', '<=', query.to));
    return eb.and(conditions);
  };
}

function listContains(column: 'size_classes' | 'regions', value: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(`library_entries.${column}`)} like ${listContainsPattern(value)} escape '\\'`;
}

/** Fetches one row more than asked, to know whether another page follows. */
export function pageOf<T>(rows: T[], limit: number): { rows: T[]; hasMore: boolean } {
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
