import type { Kysely } from 'kysely';

// A participant who neither came nor declined. Two since they last said "I still want to take
// part" pause them, and they are asked by mail whether to go on.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('no_shows')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('no_shows_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema.alterTable('users').addColumn('reliability_reset_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('reliability_reset_at').execute();
  await db.schema.dropTable('no_shows').execute();
}
