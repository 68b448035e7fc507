import type { Kysely } from 'kysely';

// Who was in a session's video room and when (from LiveKit's webhooks, one row per
// connection), and the problems participants report about a session.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // LiveKit's id of this one connection: a retried webhook must not add a second row.
    .addColumn('participant_sid', 'text', (c) => c.notNull().unique())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .execute();
  await db.schema
    .createIndex('attendance_session_idx')
    .on('attendance')
    .columns(['session_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('session_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    // Kept (without the reporter) when the reporter deletes their account.
    .addColumn('reporter_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_reports').execute();
  await db.schema.dropTable('attendance').execute();
}
