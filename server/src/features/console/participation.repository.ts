import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { ParticipationMap } from '@ods/shared/api/participation';
import { SMALL_CELL, suppressColumn } from '../../core/aggregates/suppress.ts';
import { networkOrganisationIds } from '../../domain/networks/network-scope.ts';

/**
 * How many professionals of each municipality take part in a network now: participants of its
 * member organisations who have not left the pool, counted by their organisation's
 * municipality. Only counts leave this function, hidden below five with complementary
 * suppression (as the overview's columns), so the shown municipalities and any total of the
 * network give no hidden one away.
 */
export async function readParticipation(
  db: Kysely<Database>,
  networkId: string,
): Promise<ParticipationMap> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['organisations.municipality_code as code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('users.role', '=', 'participant')
    .where('users.pool_status', '!=', 'left')
    .where('users.organisation_id', 'in', networkOrganisationIds(db, networkId))
    .groupBy('organisations.municipality_code')
    .orderBy('organisations.municipality_code')
    .execute();
  const column = suppressColumn(rows.map((row) => Number(row.n)));
  return {
    municipalities: rows.map((row, i) => ({ code: row.code, professionals: column.cells[i]! })),
    threshold: SMALL_CELL,
  };
}
