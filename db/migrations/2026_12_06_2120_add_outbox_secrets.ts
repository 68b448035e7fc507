import type { Kysely } from 'kysely';

// The live secrets (sign-in and reply tokens) a queued mail carries in its body. The outbox
// worker blanks them out of the stored bodies once the mail is delivered (or given up), and
// clears this column, so a backup of a delivered outbox cannot sign anyone in.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('secrets', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('secrets').execute();
}
