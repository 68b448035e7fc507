import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '@ods/shared/guard/index';
import { loadMunicipalities, loadTopics } from './reference-data.ts';

// The guard must not take the places and topics professionals write about for personal data.
describe('personal-data guard on reference data', () => {
  it('flags no municipality name, also followed by a number as in "in Moerdijk 3 teams"', () => {
    const flagged = loadMunicipalities()
      .map(({ name }) => name)
      .filter(
        (name) =>
          scanPersonalData(`In ${name} 3 teams, gemeente ${name} 12 procent. Naar ${name} 7.`)
            .length > 0,
      );
    expect(flagged).toEqual([]);
  });

  it('flags no topic name', () => {
    for (const topic of loadTopics())
      expect(scanPersonalData(`${topic.nameNl}. ${topic.nameEn}.`)).toEqual([]);
  });
});
