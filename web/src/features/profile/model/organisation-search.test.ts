import { describe, expect, it } from 'vitest';
import type { Organisation } from '@ods/shared/api/reference';
import { searchOrganisations } from './organisation-search.ts';

function organisation(
  id: string,
  name: string,
  kind: Organisation['kind'],
  municipalityName: string,
): Organisation {
  return {
    id,
    name,
    kind,
    municipalityCode: `GM-${municipalityName}`,
    municipalityName,
    sizeClass: 'groot',
    province: 'Utrecht',
    region: 'Midden-Utrecht',
  };
}

const ALL = [
  organisation('gm-utrecht', 'Utrecht', 'gemeente', 'Utrecht'),
  organisation('gm-utrechtse-heuvelrug', 'Utrechtse Heuvelrug', 'gemeente', 'Utrechtse Heuvelrug'),
  organisation('buurtteams-utrecht', 'Buurtteams Utrecht', 'organisatie', 'Utrecht'),
  organisation('gm-sudwest', 'Súdwest-Fryslân', 'gemeente', 'Súdwest-Fryslân'),
  organisation('gm-den-haag', "'s-Gravenhage", 'gemeente', "'s-Gravenhage"),
  organisation('welzijn-zeist', 'Welzijn Zeist', 'organisatie', 'Zeist'),
];

const ids = (list: Organisation[]) => list.map((o) => o.id);

describe('searchOrganisations', () => {
  it('puts names that start with the query first, then names with a word that does', () => {
    expect(ids(searchOrganisations(ALL, 'utrecht'))).toEqual([
      'gm-utrecht',
      'gm-utrechtse-heuvelrug',
      'buurtteams-utrecht',
    ]);
  });

  it('ignores accents, capitals and punctuation people do not type', () => {
    expect(ids(searchOrganisations(ALL, 'sudwest fryslan'))).toEqual(['gm-sudwest']);
    expect(ids(searchOrganisations(ALL, 'S-GRAVEN'))).toEqual(['gm-den-haag']);
  });

  it('finds "Gemeente Utrecht" first when someone types the municipality name', () => {
    const withPrefix = [
      organisation('wijkteam', 'Wijkteam Utrecht-Oost', 'organisatie', 'Utrecht'),
      organisation('gm-0344', 'Gemeente Utrecht', 'gemeente', 'Utrecht'),
      organisation('gm-0352', 'Gemeente Wijk bij Duurstede', 'gemeente', 'Wijk bij Duurstede'),
    ];
    expect(ids(searchOrganisations(withPrefix, 'utrecht'))).toEqual(['gm-0344', 'wijkteam']);
    expect(ids(searchOrganisations(withPrefix, 'wijk'))[0]).toBe('gm-0352');
  });

  it('finds an organisation by the municipality it works in', () => {
    expect(ids(searchOrganisations(ALL, 'zeist'))).toEqual(['welzijn-zeist']);
  });

  it('lists everything for an empty query, municipalities first, and nothing for a miss', () => {
    expect(searchOrganisations(ALL, '  ')).toHaveLength(ALL.length);
    expect(searchOrganisations(ALL, '')[0]?.kind).toBe('gemeente');
    expect(searchOrganisations(ALL, 'xyz')).toEqual([]);
  });
});
