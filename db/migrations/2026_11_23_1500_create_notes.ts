import { SqliteAdapter, type Kysely } from 'kysely';

// The shared notes of a session: a Yjs document stored as a snapshot plus the updates that
// arrived since (append-only, each written before the server acknowledges it), which a
// background compaction folds into the snapshot.
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const bytes = sqlite ? 'blob' : 'bytea';

  await db.schema
    .createTable('notes_documents')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('sparring_sessions.id').onDelete('cascade'),
    )
    // Yjs state (update format V2) of everything compacted so far; null before the first compaction.
    .addColumn('snapshot', bytes)
    // Grows with every compaction, so two compactions of the same document cannot both win.
    .addColumn('snapshot_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Set when the summary is final: from then on the notes are read-only.
    .addColumn('locked_at', 'text')
    .execute();

  await db.schema
    .createTable('notes_updates')
    .addColumn('id', 'integer', (c) =>
      sqlite ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('notes_documents.session_id').onDelete('cascade'),
    )
    // One Yjs update (format V1, as the client sent it).
    .addColumn('data', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notes_updates_session_idx')
    .on('notes_updates')
    .columns(['session_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notes_updates').execute();
  await db.schema.dropTable('notes_documents').execute();
}
