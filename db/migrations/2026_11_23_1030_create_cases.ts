import type { Kysely } from 'kysely';

// Fictional cases that professionals write to spar about. A case that was used in a session
// outlives its owner's account without the owner (owner_id null); the account deletion removes
// the unused ones itself before the user row goes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('size_class', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('confirmed_warnings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ready_at', 'text')
    .execute();
  await db.schema.createIndex('cases_owner_idx').on('cases').column('owner_id').execute();
  await db.schema
    .createIndex('cases_state_topic_idx')
    .on('cases')
    .columns(['state', 'topic_slug'])
    .execute();
  await db.schema
    .createIndex('sparring_sessions_case_idx')
    .on('sparring_sessions')
    .column('case_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sparring_sessions_case_idx').execute();
  await db.schema.dropTable('cases').execute();
}
