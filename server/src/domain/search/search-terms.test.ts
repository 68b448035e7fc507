import { describe, expect, it } from 'vitest';
import { facetText, facetWord, monthWords } from './search-facets.ts';
import { listContainsPattern, searchTerms, tsQuery } from './search-terms.ts';
import { ftsMatch } from './sqlite-library-search.ts';

describe('search terms', () => {
  it('keeps words only: no query syntax, stop words or repeats get through', () => {
    expect(searchTerms('De "wachtlijst" OR schuld* -hulp, de wachtlijst!')).toEqual([
      'wachtlijst',
      'or',
      'schuld',
      'hulp',
    ]);
    expect(searchTerms('  ')).toEqual([]);
    expect(tsQuery(['wachtlijst', 'schuld'])).toBe('wachtlijst:* & schuld:*');
  });

  it('escapes LIKE wildcards in a filter value', () => {
    expect(listContainsPattern('50%_a|b')).toBe('%|50\\%\\_a\\|b|%');
  });
});

describe('facet words', () => {
  it('writes each filter value as one searchable word', () => {
    expect(facetWord('region', 'Zuid-Kennemerland en IJmond')).toBe('zqrzuidkennemerlandenijmond');
    expect(facetWord('region', 'Fryslân')).toBe('zqrfryslan');
    expect(
      facetText({
        topic: 'jeugdhulp',
        sizeClasses: ['zeer-groot'],
        regions: ['Groningen'],
        heldOn: '2026-06-15',
      }),
    ).toBe('zqtjeugdhulp zqszeergroot zqrgroningen zqm202606');
  });

  it('lists the months of a closed date range, not of an open or very long one', () => {
    expect(monthWords('2026-11-20', '2027-01-05')).toEqual(['zqm202611', 'zqm202612', 'zqm202701']);
    expect(monthWords('2026-11-20', undefined)).toBeUndefined();
    expect(monthWords('2020-01-01', '2026-01-01')).toBeUndefined();
  });

  it('combines words and filters in one FTS5 query', () => {
    expect(ftsMatch({ text: 're-integratie', topic: 'jeugdhulp', limit: 20, offset: 0 })).toBe(
      'search_text : ("re" AND "integratie"*) AND search_facets : ("zqtjeugdhulp")',
    );
    expect(ftsMatch({ from: '2026-01-01', limit: 20, offset: 0 })).toBeUndefined();
  });
});
