import type { Kysely } from 'kysely';

// Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers on both SQLite and
// PostgreSQL, so rows look the same whichever database runs underneath.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('size_class', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('lat', 'real', (c) => c.notNull())
    .addColumn('lon', 'real', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('theme_nl', 'text', (c) => c.notNull())
    .addColumn('theme_en', 'text', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .execute();

  await db.schema
    .createTable('organisation_domains')
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('organisation_domains_pk', ['domain', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('participant'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('organisation_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('frequency_weeks', 'integer', (c) => c.notNull().defaultTo(4))
    .addColumn('mail_reminders', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('mail_summaries', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('house_rules_accepted_at', 'text')
    .addColumn('profile_completed_at', 'text')
    .addColumn('pool_status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('paused_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_topics')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_topics_pk', ['user_id', 'topic_slug'])
    .execute();
  await db.schema
    .createIndex('user_topics_topic_idx')
    .on('user_topics')
    .column('topic_slug')
    .execute();

  await db.schema
    .createTable('user_availability')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_minute', 'integer', (c) => c.notNull())
    .addColumn('end_minute', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_availability_pk', ['user_id', 'weekday', 'start_minute'])
    .execute();

  await db.schema
    .createTable('user_away_periods')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_away_periods_pk', ['user_id', 'from_date'])
    .execute();

  await db.schema
    .createTable('user_avoid_organisations')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('user_avoid_organisations_pk', ['user_id', 'organisation_id'])
    .execute();

  // Links from mails (sign-in, e-mail change) are stored only as a hash of their token.
  await db.schema
    .createTable('mail_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('auth_sessions_user_idx')
    .on('auth_sessions')
    .column('user_id')
    .execute();

  // The one outbox for all mail: written in the same transaction as the change that causes
  // it, delivered by a worker that retries with backoff.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_due_idx')
    .on('outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'outbox',
    'auth_sessions',
    'mail_tokens',
    'user_avoid_organisations',
    'user_away_periods',
    'user_availability',
    'user_topics',
    'users',
    'organisation_domains',
    'organisations',
    'topics',
    'municipalities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
