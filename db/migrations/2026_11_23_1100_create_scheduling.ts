import type { Kysely } from 'kysely';

// Scheduling: durable jobs (reminders, quorum checks), linked published calendars with the busy
// times read from them, personal calendar feeds, proposals of another time, and the better
// moment someone gives when declining.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // One job per key, ever: a reminder is keyed per session, kind and person, so it cannot go twice.
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('session_id', 'text', (c) =>
      c.references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('scheduled_jobs_due_idx')
    .on('scheduled_jobs')
    .columns(['state', 'run_at'])
    .execute();
  await db.schema
    .createIndex('scheduled_jobs_session_idx')
    .on('scheduled_jobs')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('linked_calendars')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .execute();

  await db.schema
    .createTable('user_busy_times')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('user_busy_times_user_idx')
    .on('user_busy_times')
    .columns(['user_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // The feed secret is derived from this and the server secret; renewing raises it.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('renewed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('time_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('time_proposal_votes')
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('time_proposals.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('time_proposal_votes_pk', ['proposal_id', 'user_id'])
    .execute();

  await db.schema.alterTable('session_participants').addColumn('better_moment', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('session_participants').dropColumn('better_moment').execute();
  for (const table of [
    'time_proposal_votes',
    'time_proposals',
    'calendar_feeds',
    'user_busy_times',
    'linked_calendars',
    'scheduled_jobs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
