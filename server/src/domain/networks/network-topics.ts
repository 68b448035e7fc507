import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/** Who topics are offered to: a person's organisation (their networks), or one network. */
export type TopicsFor = { organisationId: string } | { networkId: string };

/** The name a network gave a topic of its selection (null: the taxonomy's own name). */
export type OfferedTopics = Map<string, { nl: string; en: string } | null>;

/**
 * The topics one may pick now: the active topics (neither retired nor merged away) of the
 * networks of an organisation, or of one network. Undefined when the organisation belongs to
 * no network, so there is no selection to narrow the installation's taxonomy down to.
 * Retired topics are only not offered any more: profiles, cases and summaries that have one
 * keep it (callers let an already chosen topic stand).
 */
export async function offeredTopics(
  db: Kysely<Database>,
  forWhom: TopicsFor,
): Promise<OfferedTopics | undefined> {
  let networks = db
    .selectFrom('networks')
    .select(['networks.id', 'networks.name'])
    .orderBy('networks.name');
  if ('networkId' in forWhom) networks = networks.where('networks.id', '=', forWhom.networkId);
  else
    networks = networks.where((eb) =>
      eb.or([
        eb('networks.covers_all', '=', 1),
        eb.exists(
          eb
            .selectFrom('network_organisations')
            .select('network_organisations.network_id')
            .whereRef('network_organisations.network_id', '=', 'networks.id')
            .where('network_organisations.organisation_id', '=', forWhom.organisationId),
        ),
      ]),
    );
  const ids = (await networks.execute()).map((n) => n.id);
  if (ids.length === 0) return undefined;
  const rows = await db
    .selectFrom('network_topics')
    .select(['network_id', 'topic_slug', 'label_nl', 'label_en'])
    .where('network_id', 'in', ids)
    .where('retired_at', 'is', null)
    .where('merged_into', 'is', null)
    .execute();
  const offered: OfferedTopics = new Map();
  // Networks by name: when two name a topic differently, the first one's name is shown.
  for (const id of ids)
    for (const row of rows.filter((r) => r.network_id === id))
      if (!offered.get(row.topic_slug))
        offered.set(
          row.topic_slug,
          row.label_nl ? { nl: row.label_nl, en: row.label_en ?? row.label_nl } : null,
        );
  return offered;
}
