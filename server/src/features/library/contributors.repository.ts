import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SizeClass } from '@ods/shared';
import type { LibraryContributor } from '@ods/shared/api/library';

export interface Attribution {
  contributors: LibraryContributor[];
  hiddenCount: number;
}

/**
 * Who made each summary, as each chose to be shown: name and municipality, or only the size
 * class and region of the municipality; those who chose neither (and erased accounts) are only
 * counted. Read from the consents, so a changed choice shows at once.
 */
export async function attributionsOf(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<Map<string, Attribution>> {
  const result = new Map<string, Attribution>(
    sessionIds.map((id) => [id, { contributors: [], hiddenCount: 0 }]),
  );
  if (sessionIds.length === 0) return result;
  const rows = await db
    .selectFrom('summary_consents')
    .leftJoin('users', 'users.id', 'summary_consents.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select([
      'summary_consents.session_id',
      'summary_consents.attribution',
      'users.name',
      'municipalities.name as municipality_name',
      'municipalities.size_class',
      'municipalities.region',
    ])
    .where('summary_consents.session_id', 'in', sessionIds)
    .where('summary_consents.agreed', '=', 1)
    .orderBy('users.name')
    .execute();
  for (const row of rows) {
    const entry = result.get(row.session_id)!;
    if (row.attribution === 'hidden' || row.name === null) {
      entry.hiddenCount += 1;
      continue;
    }
    const full = row.attribution === 'name-and-municipality';
    entry.contributors.push({
      shownAs: row.attribution,
      name: full ? row.name : null,
      municipalityName: full ? (row.municipality_name ?? null) : null,
      sizeClass: full ? null : ((row.size_class ?? null) as SizeClass | null),
      region: full ? null : (row.region ?? null),
    });
  }
  return result;
}
