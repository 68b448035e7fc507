import type { Kysely } from 'kysely';

// Who was asked to agree to a session's summary, when they were reminded, and when the
// question closed unanswered (the summary then stays private).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consent_requests')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('closed_at', 'text')
    .addPrimaryKeyConstraint('consent_requests_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('consent_requests_open_idx')
    .on('consent_requests')
    .columns(['closed_at', 'requested_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consent_requests').execute();
}
