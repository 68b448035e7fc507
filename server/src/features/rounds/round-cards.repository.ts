import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SizeClass } from '@ods/shared/municipality';
import type { PersonCard } from './pool.repository.ts';

// Ids per statement: far below the bind-parameter limits of SQLite and PostgreSQL.
const CHUNK = 400;

/**
 * What a proposal shows about people who join a group by an adjustment or a new search:
 * name, organisation, municipality, size class, province (as the pool read gives them).
 */
export async function readPersonCards(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, PersonCard>> {
  const cards = new Map<string, PersonCard>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
      .select([
        'users.id',
        'users.name',
        'organisations.name as organisation_name',
        'municipalities.name as municipality_name',
        'municipalities.size_class',
        'municipalities.province',
      ])
      .where('users.id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) {
      cards.set(row.id, {
        name: row.name,
        organisationName: row.organisation_name,
        municipalityName: row.municipality_name,
        sizeClass: row.size_class as SizeClass,
        province: row.province,
      });
    }
  }
  return cards;
}
