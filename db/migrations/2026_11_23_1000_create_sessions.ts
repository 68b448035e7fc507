import type { Kysely } from 'kysely';

// Match rounds, the sparring sessions they produce, their participants, and who has met whom.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('match_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('proposal', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute();

  await db.schema
    .createTable('sparring_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.references('match_rounds.id').onDelete('set null'))
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('case_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('cancel_reason', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('room_name', 'text', (c) => c.notNull().unique())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('explanation_nl', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('explanation_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sparring_sessions_starts_idx')
    .on('sparring_sessions')
    .columns(['state', 'starts_at'])
    .execute();

  await db.schema
    .createTable('session_participants')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('reply', 'text', (c) => c.notNull().defaultTo('needs-action'))
    .addColumn('reply_reason', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addPrimaryKeyConstraint('session_participants_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('session_participants_user_idx')
    .on('session_participants')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('pair_history')
    .addColumn('user_a', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('user_b', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('meet_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_met_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pair_history_pk', ['user_a', 'user_b'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'pair_history',
    'session_participants',
    'sparring_sessions',
    'match_rounds',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
