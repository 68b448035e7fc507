import type { Kysely } from 'kysely';

// Answers to create requests that carried an Idempotency-Key, so a retry or a double click
// gets the first answer instead of a second thing. Kept a day.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // Null while the first request is still running.
    .addColumn('status_code', 'integer')
    .addColumn('body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema
    .createIndex('request_keys_created_at')
    .on('request_keys')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_keys').execute();
}
