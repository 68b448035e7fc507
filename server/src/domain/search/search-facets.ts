// Filter values written as single words next to the text in the full-text index, so one index
// answers text and filters together and returns rows in result order (SQLite reads a page and
// stops). The SQL filters still check the exact values; these words only narrow quickly.

/** Values a library entry can be filtered by. */
export interface FacetValues {
  topic: string;
  sizeClasses: readonly string[];
  regions: readonly string[];
  /** YYYY-MM-DD */
  heldOn: string;
}

/** At most this many months are written into a query; a longer range is checked by SQL alone. */
const MAX_MONTHS = 60;

// Facet words start with letters no Dutch or English word starts with, so a prefix search
// for text ("re"*, "top"*) never has to wade through them.
const FACET_PREFIX = { topic: 'zqt', size: 'zqs', region: 'zqr', month: 'zqm' } as const;

/** One filter value as one word: letters and digits only, lower case, no diacritics. */
export function facetWord(kind: 'topic' | 'size' | 'region', value: string): string {
  const folded = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${FACET_PREFIX[kind]}${folded}`;
}

function monthWord(date: string): string {
  return `${FACET_PREFIX.month}${date.slice(0, 4)}${date.slice(5, 7)}`;
}

/** The filter words of an entry, to store in library_entries.search_facets. */
export function facetText(values: FacetValues): string {
  return [
    facetWord('topic', values.topic),
    ...values.sizeClasses.map((s) => facetWord('size', s)),
    ...values.regions.map((r) => facetWord('region', r)),
    monthWord(values.heldOn),
  ].join(' ');
}

/** The month words from one date to another (inclusive), or undefined when open or too long. */
export function monthWords(from: string | undefined, to: string | undefined): string[] | undefined {
  if (!from || !to || from > to) return undefined;
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= last) {
    if (months.length >= MAX_MONTHS) return undefined;
    months.push(`${FACET_PREFIX.month}${year}${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
