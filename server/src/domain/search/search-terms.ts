// Words too common to narrow a search; PostgreSQL's 'dutch' configuration drops them too, so
// both databases treat a query alike.
const STOPWORDS = new Set(
  (
    'de het een en van in op te dat die voor met is zijn aan er als bij om ook of maar niet nog ' +
    'naar wat dan door over tot uit je ze we wij hij zij ik kan wordt worden werd hoe wel the a an ' +
    'and of to in on for with is are'
  ).split(' '),
);

/** At most this many words count; more only slow the search down without narrowing it. */
export const MAX_SEARCH_TERMS = 8;

/**
 * The words of a search box: lower case, letters and digits only (so no query syntax gets
 * through), without stop words and single characters, at most MAX_SEARCH_TERMS, no repeats.
 */
export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  return [...new Set(terms)].slice(0, MAX_SEARCH_TERMS);
}

/** A PostgreSQL to_tsquery text: every term, stemmed by the 'dutch' configuration, as a prefix. */
export function tsQuery(terms: readonly string[]): string {
  return terms.map((t) => `${t}:*`).join(' & ');
}

/** A LIKE pattern for one value in a '|a|b|' list, with LIKE's wildcards escaped. */
export function listContainsPattern(value: string): string {
  return `%|${value.replace(/[\\%_|]/g, (c) => `\\${c}`)}|%`;
}
