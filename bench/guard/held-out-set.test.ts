import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '@ods/shared/guard/index';
import { measureQuality } from '@ods/shared/guard/quality';
import { nameKey } from '@ods/shared/guard/names/lexicon';
import { FIRST_NAMES, SURNAMES } from '@ods/shared/guard/names/lists';
import { heldOutSet } from './held-out-set.ts';
import { HELD_OUT_FIRST_NAMES, HELD_OUT_SURNAMES } from './names/held-out.ts';

// The generalisation check of issue 15: names the guard has never seen, numbers it has never seen.
describe('guard on held-out names and fresh numbers', () => {
  it('keeps the held-out names out of the lists the guard uses', () => {
    const used = new Set([...FIRST_NAMES.split(' '), ...SURNAMES.split(' ')]);
    const leaked = [...HELD_OUT_FIRST_NAMES, ...HELD_OUT_SURNAMES].filter((n) =>
      used.has(nameKey(n)),
    );
    expect(leaked).toEqual([]);
  });

  it('reaches the targets: BSN and IBAN recall 1, names 0.95, overall recall 0.97, precision 0.95', () => {
    const report = measureQuality(heldOutSet(700), (text) => scanPersonalData(text));
    expect(report.perKind.bsn.recall).toBe(1);
    expect(report.perKind.iban.recall).toBe(1);
    expect(report.perKind['person-name'].recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
