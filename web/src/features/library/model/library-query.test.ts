import { describe, expect, it } from 'vitest';
import { paramsFromQuery, queryFromParams } from './library-query.ts';

describe('library query in the address', () => {
  it('reads the search and filters, leaving out what is malformed', () => {
    const params = new URLSearchParams(
      'q=+wachtlijst+&topic=jeugdhulp&sizeClass=reus&region=Groningen&from=2026-01-01&to=gisteren&page=0',
    );
    expect(queryFromParams(params)).toEqual({
      q: 'wachtlijst',
      topic: 'jeugdhulp',
      region: 'Groningen',
      from: '2026-01-01',
      page: '1',
    });
  });

  it('writes a query back without page 1 and empty parts', () => {
    expect(
      paramsFromQuery({ q: 'schuld', sizeClass: 'klein', page: '1', topic: '' }).toString(),
    ).toBe('q=schuld&sizeClass=klein');
    expect(paramsFromQuery({ page: '3' }).toString()).toBe('page=3');
  });
});
