import type { Kysely } from 'kysely';

// Several app instances deliver one outbox. A mail being sent carries who claimed it (host,
// process, start) and the moment that claim runs out: only a claim that ran out, or whose
// process on this host is gone, is taken back and sent again, never one another instance is
// still sending. Rows claimed before these columns existed have neither and count as run out.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('lease_until', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute();
  await db.schema.alterTable('outbox').dropColumn('lease_until').execute();
}
