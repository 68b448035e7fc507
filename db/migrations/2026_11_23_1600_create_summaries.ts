import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Session summaries, the participants' consent to publish them, ratings after a session, and
// the library of published summaries with its full-text index: FTS5 on SQLite (kept in step by
// triggers), a generated tsvector with a GIN index ('dutch' configuration) on PostgreSQL.
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('summaries')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('question', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insights', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of { municipality, approach, tools, whatWorks }: the "over de schutting" table.
    .addColumn('exchange_rows', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('advice', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('takeaways', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('follow_ups', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of { kind, text }: guard warnings a participant confirmed as fictional.
    .addColumn('confirmed_warnings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The first moment everyone agreed: the summary is final and the notes are locked.
    .addColumn('finalised_at', 'text')
    .execute();

  await db.schema
    .createTable('summary_consents')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('summaries.session_id').onDelete('cascade'),
    )
    // Null once the person deleted their account: the consent stays, anonymised.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('attribution', 'text', (c) => c.notNull())
    .addColumn('agreed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('summary_consents_person_uq', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('summary_consents_user_idx')
    .on('summary_consents')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('session_ratings')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_ratings_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('spar_again_answers')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sparring_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('other_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('wants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('spar_again_answers_pk', ['session_id', 'user_id', 'other_user_id'])
    .execute();
  await db.schema
    .createIndex('spar_again_answers_user_idx')
    .on('spar_again_answers')
    .columns(['user_id', 'wants'])
    .execute();

  let entries = db.schema
    .createTable('library_entries')
    // An integer key: FTS5 rows are addressed by rowid, and an alias keeps it stable on VACUUM.
    .addColumn('id', 'integer', (c) =>
      sqlite ? c.primaryKey() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('session_id', 'text', (c) =>
      c.notNull().unique().references('summaries.session_id').onDelete('cascade'),
    )
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    // Filter values as single words ('topicjeugdhulp sizegroot m202611'), indexed with the text.
    .addColumn('search_facets', 'text', (c) => c.notNull().defaultTo(''))
    // '|klein|groot|' and '|Utrecht-Midden|…|': of the participants who chose to be shown.
    .addColumn('size_classes', 'text', (c) => c.notNull().defaultTo('|'))
    .addColumn('regions', 'text', (c) => c.notNull().defaultTo('|'))
    .addColumn('useful_count', 'integer', (c) => c.notNull().defaultTo(0));
  if (!sqlite) {
    entries = entries.addColumn('search_vector', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('dutch', search_text)`).stored(),
    );
  }
  await entries.execute();
  await db.schema
    .createIndex('library_entries_useful_idx')
    .on('library_entries')
    .columns(['useful_count desc', 'held_on desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('library_entries_topic_idx')
    .on('library_entries')
    .columns(['topic_slug', 'useful_count desc', 'held_on desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('library_entries_held_idx')
    .on('library_entries')
    .column('held_on')
    .execute();
  if (sqlite) await createSqliteIndex(db);
  else
    await sql`create index library_entries_search_idx on library_entries using gin (search_vector)`.execute(
      db,
    );

  await db.schema
    .createTable('library_useful_marks')
    .addColumn('entry_id', 'integer', (c) =>
      c.notNull().references('library_entries.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('library_useful_marks_pk', ['entry_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('library_useful_marks_user_idx')
    .on('library_useful_marks')
    .column('user_id')
    .execute();
}

// SQLite: the FTS5 rowid is an order key, so a search reads the index in result order and
// stops after one page: most useful first, then the newest, then the highest id. 20 bits of
// useful marks, 16 bits of days since 1970, 26 bits of entry id (up to 67 million entries).
const ORDER_KEY = (row: 'new' | 'old') => `
  ((1048575 - min(${row}.useful_count, 1048575)) << 42)
  | ((65535 - min(65535, max(0, cast(julianday(${row}.held_on) - 2440587.5 as integer)))) << 26)
  | (67108863 - (${row}.id & 67108863))`;

/** FTS5 over the text and the filter tokens, contentless, kept in step by triggers. */
async function createSqliteIndex(db: Kysely<any>): Promise<void> {
  await sql`create virtual table library_fts using fts5(
    search_text,
    search_facets,
    content='',
    contentless_delete=1,
    detail=column,
    tokenize='unicode61 remove_diacritics 2',
    prefix='3'
  )`.execute(db);
  const insert = `insert into library_fts(rowid, search_text, search_facets)
    values (${ORDER_KEY('new')}, new.search_text, new.search_facets);`;
  const remove = `delete from library_fts where rowid = ${ORDER_KEY('old')};`;
  await sql
    .raw(
      `create trigger library_entries_fts_insert after insert on library_entries begin ${insert} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger library_entries_fts_delete after delete on library_entries begin ${remove} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger library_entries_fts_update
       after update of useful_count, held_on, search_text, search_facets on library_entries
       begin ${remove} ${insert} end`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema.dropTable('library_useful_marks').execute();
  if (sqlite) await sql`drop table library_fts`.execute(db);
  await db.schema.dropTable('library_entries').execute();
  for (const table of ['spar_again_answers', 'session_ratings', 'summary_consents', 'summaries']) {
    await db.schema.dropTable(table).execute();
  }
}
