import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { NetworkDetails, NetworkSummary, NetworkTopic } from '@ods/shared';
import type { NetworkScope } from '../../domain/networks/network-scope.ts';

/** The networks in scope, by name, with their coordinators (for the admin's overview). */
export async function listNetworks(
  db: Kysely<Database>,
  scope: NetworkScope,
): Promise<NetworkSummary[]> {
  let query = db.selectFrom('networks').select(['id', 'name', 'covers_all']);
  if (!scope.all)
    query =
      scope.ids.length > 0
        ? query.where('id', 'in', scope.ids)
        : query.where((eb) => eb.lit(false));
  const networks = await query.orderBy('name').execute();
  if (networks.length === 0) return [];
  const ids = networks.map((n) => n.id);
  const [coordinators, counts, all] = await Promise.all([
    db
      .selectFrom('network_coordinators')
      .innerJoin('users', 'users.id', 'network_coordinators.user_id')
      .select(['network_coordinators.network_id', 'users.id', 'users.name', 'users.email'])
      .where('network_coordinators.network_id', 'in', ids)
      .orderBy('users.name')
      .execute(),
    db
      .selectFrom('network_organisations')
      .select(['network_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('network_id', 'in', ids)
      .groupBy('network_id')
      .execute(),
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return networks.map((n) => ({
    id: n.id,
    name: n.name,
    coversAll: n.covers_all === 1,
    organisations:
      n.covers_all === 1
        ? Number(all.n)
        : Number(counts.find((c) => c.network_id === n.id)?.n ?? 0),
    coordinators: coordinators
      .filter((c) => c.network_id === n.id)
      .map((c) => ({ userId: c.id, name: c.name, email: c.email })),
  }));
}

/** A network's topic selection, with its own names, retired and merged ones included. */
export async function networkTopics(
  db: Kysely<Database>,
  networkId: string,
): Promise<NetworkTopic[]> {
  const rows = await db
    .selectFrom('network_topics')
    .innerJoin('topics', 'topics.slug', 'network_topics.topic_slug')
    .select([
      'network_topics.topic_slug',
      'network_topics.label_nl',
      'network_topics.label_en',
      'network_topics.retired_at',
      'network_topics.merged_into',
      'topics.name_nl',
      'topics.name_en',
    ])
    .where('network_topics.network_id', '=', networkId)
    .execute();
  return rows
    .map((r) => ({
      slug: r.topic_slug,
      name: { nl: r.label_nl ?? r.name_nl, en: r.label_en ?? r.label_nl ?? r.name_en },
      state: r.merged_into
        ? ('merged' as const)
        : r.retired_at
          ? ('retired' as const)
          : ('active' as const),
      mergedInto: r.merged_into,
    }))
    .sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'));
}

/** One network with its member organisations (and their mail domains) and topics. */
export async function networkDetails(
  db: Kysely<Database>,
  networkId: string,
): Promise<NetworkDetails | undefined> {
  const network = await db
    .selectFrom('networks')
    .select(['id', 'name', 'covers_all'])
    .where('id', '=', networkId)
    .executeTakeFirst();
  if (!network) return undefined;
  // A network of every organisation lists none: hundreds of rows tell its coordinator nothing.
  const [organisations, domains, topics] = await Promise.all([
    db
      .selectFrom('network_organisations')
      .innerJoin('organisations', 'organisations.id', 'network_organisations.organisation_id')
      .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
      .select(['organisations.id', 'organisations.name', 'municipalities.name as municipality'])
      .where('network_organisations.network_id', '=', networkId)
      .orderBy('organisations.name')
      .execute(),
    db
      .selectFrom('network_domains')
      .select(['organisation_id', 'domain'])
      .where('network_id', '=', networkId)
      .orderBy('domain')
      .execute(),
    networkTopics(db, networkId),
  ]);
  return {
    id: network.id,
    name: network.name,
    coversAll: network.covers_all === 1,
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      municipalityName: o.municipality,
      domains: domains.filter((d) => d.organisation_id === o.id).map((d) => d.domain),
    })),
    topics,
  };
}

/** Makes an organisation a member (again) with exactly these mail domains. */
export async function setMember(
  db: Kysely<Database>,
  networkId: string,
  organisationId: string,
  domains: readonly string[],
  now: Date,
): Promise<void> {
  await db
    .insertInto('network_organisations')
    .values({ network_id: networkId, organisation_id: organisationId, added_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['network_id', 'organisation_id']).doNothing())
    .execute();
  await db
    .deleteFrom('network_domains')
    .where('network_id', '=', networkId)
    .where('organisation_id', '=', organisationId)
    .execute();
  if (domains.length > 0)
    await db
      .insertInto('network_domains')
      .values(
        domains.map((domain) => ({
          network_id: networkId,
          organisation_id: organisationId,
          domain,
        })),
      )
      .execute();
}

/** Ends an organisation's membership; its people are no longer in the network's rounds. */
export async function removeMember(
  db: Kysely<Database>,
  networkId: string,
  organisationId: string,
): Promise<void> {
  await db
    .deleteFrom('network_domains')
    .where('network_id', '=', networkId)
    .where('organisation_id', '=', organisationId)
    .execute();
  await db
    .deleteFrom('network_organisations')
    .where('network_id', '=', networkId)
    .where('organisation_id', '=', organisationId)
    .execute();
}
