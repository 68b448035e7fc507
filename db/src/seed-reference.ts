import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { loadMunicipalities, loadTopics, type MunicipalityRecord } from './reference-data.ts';

/** Organisation id of a municipality's own organisation ("Gemeente X"): its CBS code. */
export function municipalityOrganisationId(code: string): string {
  return code;
}

const SPECIAL_DOMAINS: Record<string, string> = {
  "'s-Gravenhage": 'denhaag.nl',
  "'s-Hertogenbosch": 's-hertogenbosch.nl',
};

/**
 * The e-mail domain a municipality most likely uses ("Súdwest-Fryslân" → sudwestfryslan.nl).
 * It only marks a profile as verified; a mismatch is shown, never rejected.
 */
export function likelyMunicipalDomain(name: string): string {
  const special = SPECIAL_DOMAINS[name];
  if (special) return special;
  const base = name
    .replace(/\s*\([A-Z.]+\)$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
  return `${base}.nl`;
}

/**
 * Writes the municipalities, topics and the municipalities' own organisations. Idempotent:
 * run at every start, so a new data release updates names and populations in place.
 */
export async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  const municipalities = loadMunicipalities();
  const topics = loadTopics();
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(municipalities.map(municipalityRow), 100)) {
      await trx
        .insertInto('municipalities')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            population: eb.ref('excluded.population'),
            size_class: eb.ref('excluded.size_class'),
            province: eb.ref('excluded.province'),
            province_code: eb.ref('excluded.province_code'),
            region: eb.ref('excluded.region'),
            region_code: eb.ref('excluded.region_code'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('topics')
      .values(
        topics.map((t) => ({
          slug: t.slug,
          theme_nl: t.themeNl,
          theme_en: t.themeEn,
          name_nl: t.nameNl,
          name_en: t.nameEn,
        })),
      )
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({
          name_nl: eb.ref('excluded.name_nl'),
          name_en: eb.ref('excluded.name_en'),
          theme_nl: eb.ref('excluded.theme_nl'),
          theme_en: eb.ref('excluded.theme_en'),
        })),
      )
      .execute();
    for (const chunk of chunks(municipalities, 100)) {
      await trx
        .insertInto('organisations')
        .values(
          chunk.map((m) => ({
            id: municipalityOrganisationId(m.code),
            name: `Gemeente ${m.name}`,
            kind: 'gemeente' as const,
            municipality_code: m.code,
          })),
        )
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })),
        )
        .execute();
      await trx
        .insertInto('organisation_domains')
        .values(
          chunk.map((m) => ({ domain: likelyMunicipalDomain(m.name), organisation_id: m.code })),
        )
        .onConflict((oc) => oc.columns(['domain', 'organisation_id']).doNothing())
        .execute();
    }
  });
}

function municipalityRow(m: MunicipalityRecord) {
  return {
    code: m.code,
    name: m.name,
    province_code: m.provinceCode,
    province: m.province,
    population: m.population,
    size_class: m.sizeClass,
    region_code: m.regionCode,
    region: m.region,
    lat: m.lat,
    lon: m.lon,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
