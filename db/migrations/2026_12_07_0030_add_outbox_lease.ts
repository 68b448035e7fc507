import type { Kysely } from 'kysely';

// Several app instances deliver one outbox. A mail being sent carries the moment its claim
// runs out: only a claim that ran out (its instance died mid-send) is taken back and sent
// again, never one another instance is still sending. Rows claimed before this column
// existed have none and count as run out.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('lease_until', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('lease_until').execute();
}
