import { sql, type Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * Refreshes the planner's statistics for the library (after a bulk load, and daily), so it
 * keeps choosing the full-text index and the ordered indexes as the library grows.
 */
export async function analyzeLibrary(db: Kysely<Database>): Promise<void> {
  await sql`analyze library_entries`.execute(db);
}
