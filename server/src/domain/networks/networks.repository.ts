import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

export interface NewNetwork {
  name: string;
  /** Every organisation is a member (the default network of an installation). */
  coversAll?: boolean;
  organisationIds?: readonly string[];
}

/**
 * Creates a network with the installation's whole topic taxonomy as its selection (the
 * coordinator narrows it down) and its member organisations. Returns its id.
 */
export async function createNetwork(
  db: Kysely<Database>,
  network: NewNetwork,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const stamp = now.toISOString();
  await db
    .insertInto('networks')
    .values({ id, name: network.name, covers_all: network.coversAll ? 1 : 0, created_at: stamp })
    .execute();
  const topics = await db.selectFrom('topics').select('slug').execute();
  if (topics.length > 0)
    await db
      .insertInto('network_topics')
      .values(topics.map((t) => ({ network_id: id, topic_slug: t.slug })))
      .execute();
  const organisations = [...new Set(network.organisationIds ?? [])];
  for (let i = 0; i < organisations.length; i += 200)
    await db
      .insertInto('network_organisations')
      .values(
        organisations.slice(i, i + 200).map((organisationId) => ({
          network_id: id,
          organisation_id: organisationId,
          added_at: stamp,
        })),
      )
      .execute();
  return id;
}

/**
 * Appoints a coordinator of a network. The user's role becomes coordinator (an admin stays
 * admin); appointing twice changes nothing.
 */
export async function appointCoordinator(
  db: Kysely<Database>,
  networkId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('network_coordinators')
    .values({ network_id: networkId, user_id: userId, appointed_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['network_id', 'user_id']).doNothing())
    .execute();
  await db
    .updateTable('users')
    .set({ role: 'coordinator', updated_at: now.toISOString() })
    .where('id', '=', userId)
    .where('role', '=', 'participant')
    .execute();
}

/** Ends an appointment; someone who runs no network any more is a participant again. */
export async function dismissCoordinator(
  db: Kysely<Database>,
  networkId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('network_coordinators')
    .where('network_id', '=', networkId)
    .where('user_id', '=', userId)
    .execute();
  const left = await db
    .selectFrom('network_coordinators')
    .select('network_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!left)
    await db
      .updateTable('users')
      .set({ role: 'participant', updated_at: now.toISOString() })
      .where('id', '=', userId)
      .where('role', '=', 'coordinator')
      .execute();
}

/** The installation's default network (every organisation a member), made when missing. */
export async function defaultNetworkId(db: Kysely<Database>, now: Date): Promise<string> {
  const existing = await db
    .selectFrom('networks')
    .select('id')
    .where('covers_all', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return existing.id;
  return createNetwork(db, { name: 'Alle organisaties', coversAll: true }, now);
}
