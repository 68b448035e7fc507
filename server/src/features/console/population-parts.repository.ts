import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * The disjoint parts of the population that any two networks' views could be subtracted into:
 * organisations grouped by the exact set of networks that list them (a network covering every
 * organisation does not tell them apart, so it is left out of the key). Returns, for each
 * organisation of the given network, the key of its part. Every network's overview uses the
 * same parts, whoever asks, so the admin's "all organisations" and each network agree on which
 * cells are hidden.
 */
export async function partsOfNetwork(
  db: Kysely<Database>,
  networkId: string,
): Promise<Map<string, string>> {
  const [network, listed] = await Promise.all([
    db.selectFrom('networks').select('covers_all').where('id', '=', networkId).executeTakeFirst(),
    db
      .selectFrom('network_organisations')
      .select(['organisation_id', 'network_id'])
      .orderBy('organisation_id')
      .orderBy('network_id')
      .execute(),
  ]);
  const networksOf = new Map<string, string[]>();
  for (const row of listed)
    networksOf.set(row.organisation_id, [
      ...(networksOf.get(row.organisation_id) ?? []),
      row.network_id,
    ]);
  const members =
    network?.covers_all === 1
      ? (await db.selectFrom('organisations').select('id').execute()).map((o) => o.id)
      : [...networksOf].filter(([, ids]) => ids.includes(networkId)).map(([id]) => id);
  return new Map(members.map((id) => [id, (networksOf.get(id) ?? []).join(',')]));
}

/** Counts per part and per cell (`cellOf` gives a row's cell index, or -1 for none). */
export function countPerPart<T>(
  rows: readonly T[],
  parts: ReadonlyMap<string, string>,
  organisationOf: (row: T) => string | null,
  cellOf: (row: T) => number,
  length: number,
): number[][] {
  const columns = new Map<string, number[]>();
  for (const row of rows) {
    const organisation = organisationOf(row);
    const part = organisation === null ? undefined : parts.get(organisation);
    const cell = cellOf(row);
    if (part === undefined || cell < 0) continue;
    const column = columns.get(part) ?? Array.from({ length }, () => 0);
    column[cell] = column[cell]! + 1;
    columns.set(part, column);
  }
  return [...columns.keys()].sort().map((key) => columns.get(key)!);
}
