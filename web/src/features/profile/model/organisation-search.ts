import type { Organisation } from '@ods/shared/api/reference';

/** Lower case without accents, so "sudwest" finds "Súdwest-Fryslân" and "s-gravenhage" finds "'s-Gravenhage". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Ranked = { organisation: Organisation; rank: number };

// Lower is better: the name starts with the query, a word in the name does, the name contains
// it, only the municipality matches (an organisation in that municipality).
function rankOf(organisation: Organisation, query: string): number | undefined {
  const name = normaliseForSearch(organisation.name);
  const municipality = normaliseForSearch(organisation.municipalityName);
  // A municipality is listed as "Gemeente Utrecht"; typing "utrecht" should find it first.
  const isMunicipality = organisation.kind === 'gemeente';
  if (name.startsWith(query) || (isMunicipality && municipality.startsWith(query))) return 0;
  if (` ${name}`.includes(` ${query}`)) return 1;
  if (name.includes(query)) return 2;
  if (municipality.startsWith(query)) return 3;
  return undefined;
}

/**
 * Organisations matching what someone typed, best first: by how well the name matches, then
 * municipalities before other organisations, then alphabetically. An empty query lists all.
 */
export function searchOrganisations(
  organisations: readonly Organisation[],
  typed: string,
): Organisation[] {
  const query = normaliseForSearch(typed);
  const ranked: Ranked[] = [];
  for (const organisation of organisations) {
    const rank = query === '' ? 0 : rankOf(organisation, query);
    if (rank !== undefined) ranked.push({ organisation, rank });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        kindOrder(a.organisation) - kindOrder(b.organisation) ||
        a.organisation.name.localeCompare(b.organisation.name, 'nl'),
    )
    .map((entry) => entry.organisation);
}

function kindOrder(organisation: Organisation): number {
  return organisation.kind === 'gemeente' ? 0 : 1;
}
