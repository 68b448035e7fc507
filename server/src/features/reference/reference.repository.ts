import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Municipality, Organisation, SizeClass, Topic } from '@ods/shared';
import type { OfferedTopics } from '../../domain/networks/network-topics.ts';

/** The taxonomy, or only the topics offered (under the network's names for them). */
export async function listTopics(db: Kysely<Database>, offered?: OfferedTopics): Promise<Topic[]> {
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .orderBy('theme_nl')
    .orderBy('name_nl')
    .execute();
  return rows
    .filter((t) => offered === undefined || offered.has(t.slug))
    .map((t) => ({
      slug: t.slug,
      theme: { nl: t.theme_nl, en: t.theme_en },
      name: offered?.get(t.slug) ?? { nl: t.name_nl, en: t.name_en },
    }));
}

export async function listMunicipalities(db: Kysely<Database>): Promise<Municipality[]> {
  const rows = await db.selectFrom('municipalities').selectAll().orderBy('name').execute();
  return rows.map((m) => ({
    code: m.code,
    name: m.name,
    province: m.province,
    region: m.region,
    population: m.population,
    sizeClass: m.size_class as SizeClass,
  }));
}

/** Municipalities themselves and the social-domain organisations in them, for the profile's select. */
export async function listOrganisations(
  db: Kysely<Database>,
  query?: string,
): Promise<Organisation[]> {
  let select = db
    .selectFrom('organisations')
    .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.kind',
      'municipalities.code as municipality_code',
      'municipalities.name as municipality_name',
      'municipalities.size_class',
      'municipalities.province',
      'municipalities.region',
    ])
    .orderBy('organisations.kind')
    .orderBy('organisations.name');
  if (query) {
    const like = `%${query.toLowerCase()}%`;
    select = select.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['organisations.name']), 'like', like),
        eb(eb.fn('lower', ['municipalities.name']), 'like', like),
      ]),
    );
  }
  const rows = await select.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    sizeClass: r.size_class as SizeClass,
    province: r.province,
    region: r.region,
  }));
}
