import { describe, expect, it } from 'vitest';
import { regionPhrase } from './region-phrase.ts';

describe('regionPhrase', () => {
  it('says "regio" once, also for a region whose name starts with it', () => {
    expect(regionPhrase('Twente', 'nl')).toBe('regio Twente');
    expect(regionPhrase('Regio Zwolle', 'nl')).toBe('Regio Zwolle');
    expect(regionPhrase('Twente', 'en')).toBe('the Twente region');
    expect(regionPhrase('Regio Zwolle', 'en')).toBe('Regio Zwolle');
  });
});
