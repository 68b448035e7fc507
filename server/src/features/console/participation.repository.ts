import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { ParticipationMap } from '@ods/shared/api/participation';
import { SMALL_CELL, suppressOverParts } from '../../core/aggregates/suppress.ts';
import { networkOrganisationIds } from '../../domain/networks/network-scope.ts';
import { countPerPart, partsOfNetwork } from './population-parts.repository.ts';

/**
 * How many professionals of each municipality take part in a network now: participants of its
 * member organisations who have not left the pool, counted by their organisation's
 * municipality. Only counts leave this function, hidden below five with complementary
 * suppression per part of the population (as the overview's sign-ups), so neither the shown
 * municipalities, nor any total of the network, nor another network's map sharing
 * organisations with this one gives a hidden one away.
 */
export async function readParticipation(
  db: Kysely<Database>,
  networkId: string,
): Promise<ParticipationMap> {
  const [rows, parts] = await Promise.all([
    db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['organisations.municipality_code as code', 'organisations.id as organisation'])
      .where('users.role', '=', 'participant')
      .where('users.pool_status', '!=', 'left')
      .where('users.organisation_id', 'in', networkOrganisationIds(db, networkId))
      .execute(),
    partsOfNetwork(db, networkId),
  ]);
  const codes = [...new Set(rows.map((row) => row.code))].sort();
  const column = suppressOverParts(
    codes.length,
    countPerPart(
      rows,
      parts,
      (row) => row.organisation,
      (row) => codes.indexOf(row.code),
      codes.length,
    ),
  );
  return {
    municipalities: codes.map((code, i) => ({ code, professionals: column.cells[i]! })),
    threshold: SMALL_CELL,
  };
}

/**
 * The map's counts for every municipality, named, in name order, as the map's table shows them:
 * those without anyone taking part count 0. For the overview's CSV.
 */
export async function participationOfEveryMunicipality(
  db: Kysely<Database>,
  networkId: string,
): Promise<{ code: string; name: string; professionals: number | null }[]> {
  const [map, municipalities] = await Promise.all([
    readParticipation(db, networkId),
    db.selectFrom('municipalities').select(['code', 'name']).execute(),
  ]);
  const counted = new Map(map.municipalities.map((m) => [m.code, m.professionals]));
  return municipalities
    .map((m) => ({ ...m, professionals: counted.has(m.code) ? counted.get(m.code)! : 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
