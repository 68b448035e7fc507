import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/** The network an installation's existing data moves into: every organisation is a member. */
const DEFAULT_NETWORK_NAME = 'Alle organisaties';

// Networks of organisations, each with its own coordinators, mail domains and topic
// selection; rounds and sessions belong to one network. The audit log records every look a
// coordinator or admin took at a person's record. An installation that already has people
// gets one network covering every organisation, its coordinators appointed to it, and its
// rounds and sessions placed in it, so nothing they could do before stops working.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('networks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    // 1: every organisation of the installation is a member (the default network).
    .addColumn('covers_all', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('network_organisations')
    .addColumn('network_id', 'text', (c) =>
      c.notNull().references('networks.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_organisations_pk', ['network_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('network_organisations_org_idx')
    .on('network_organisations')
    .column('organisation_id')
    .execute();

  // Per network, not per organisation: one network's coordinator cannot change another's.
  await db.schema
    .createTable('network_domains')
    .addColumn('network_id', 'text', (c) =>
      c.notNull().references('networks.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_domains_pk', ['network_id', 'domain'])
    .execute();

  // A network's topic selection. Renaming sets a label of the network's own; retiring and
  // merging never delete the topic, so profiles, cases and summaries that use it stay intact.
  await db.schema
    .createTable('network_topics')
    .addColumn('network_id', 'text', (c) =>
      c.notNull().references('networks.id').onDelete('cascade'),
    )
    .addColumn('topic_slug', 'text', (c) => c.notNull().references('topics.slug'))
    .addColumn('label_nl', 'text')
    .addColumn('label_en', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('merged_into', 'text')
    .addPrimaryKeyConstraint('network_topics_pk', ['network_id', 'topic_slug'])
    .execute();

  await db.schema
    .createTable('network_coordinators')
    .addColumn('network_id', 'text', (c) =>
      c.notNull().references('networks.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('appointed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('network_coordinators_pk', ['network_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('network_coordinators_user_idx')
    .on('network_coordinators')
    .column('user_id')
    .execute();

  // A colleague invited by mail to join through one of the network's organisations; the
  // organisation is filled in for them when they complete their profile.
  await db.schema
    .createTable('network_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) =>
      c.notNull().references('networks.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('accepted_at', 'text')
    .execute();
  await db.schema
    .createIndex('network_invitations_email_idx')
    .on('network_invitations')
    .column('email')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null once the one who looked deleted their account; the entry stays for the person.
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('network_id', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_subject_idx')
    .on('audit_log')
    .columns(['subject_id', 'created_at'])
    .execute();

  await db.schema.alterTable('match_rounds').addColumn('network_id', 'text').execute();
  await db.schema
    .alterTable('match_rounds')
    .addColumn('open_to_other_networks', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('sparring_sessions').addColumn('network_id', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('open_to_other_networks', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(users.n) === 0) return;
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('networks')
    .values({ id, name: DEFAULT_NETWORK_NAME, covers_all: 1, created_at: now })
    .execute();
  const topics: { slug: string }[] = await db.selectFrom('topics').select('slug').execute();
  if (topics.length > 0)
    await db
      .insertInto('network_topics')
      .values(topics.map((t) => ({ network_id: id, topic_slug: t.slug })))
      .execute();
  const coordinators: { id: string }[] = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'coordinator')
    .execute();
  if (coordinators.length > 0)
    await db
      .insertInto('network_coordinators')
      .values(coordinators.map((c) => ({ network_id: id, user_id: c.id, appointed_at: now })))
      .execute();
  await db.updateTable('match_rounds').set({ network_id: id }).execute();
  await db.updateTable('sparring_sessions').set({ network_id: id }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('open_to_other_networks').execute();
  await db.schema.alterTable('sparring_sessions').dropColumn('network_id').execute();
  await db.schema.alterTable('match_rounds').dropColumn('open_to_other_networks').execute();
  await db.schema.alterTable('match_rounds').dropColumn('network_id').execute();
  for (const table of [
    'audit_log',
    'network_invitations',
    'network_coordinators',
    'network_topics',
    'network_domains',
    'network_organisations',
    'networks',
  ])
    await db.schema.dropTable(table).execute();
}
