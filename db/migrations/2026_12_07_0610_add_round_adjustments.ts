import type { Kysely } from 'kysely';

// A coordinator adjusts a proposal by hand before committing it. Checking an adjustment against
// the hard rules needs what the matcher saw (availability, history, organisations), so the
// matcher's input is kept with the proposal until the commit (compactly; null for rounds from
// before, which cannot be adjusted). The version counts adjustments, so two coordinators
// adjusting at once do not overwrite each other.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('match_rounds').addColumn('match_input', 'text').execute();
  await db.schema
    .alterTable('match_rounds')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('match_rounds').dropColumn('version').execute();
  await db.schema.alterTable('match_rounds').dropColumn('match_input').execute();
}
