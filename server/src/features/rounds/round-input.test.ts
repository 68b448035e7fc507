import { describe, expect, it } from 'vitest';
import { input, person } from '../../core/matcher/test-fixtures.ts';
import { decodeMatchInput, encodeMatchInput } from './round-input.ts';

describe('the stored match input', () => {
  it('reads back as it was written, availability in slot order, without the deadline', () => {
    const original = input([
      person('p1', { availableSlotIds: ['thu', 'tue'] }),
      person('p2', { availableSlotIds: [] }),
      person('p3', { availableSlotIds: ['jan', 'unknown-slot'] }),
    ]);
    const withDeadline = {
      ...original,
      settings: { ...original.settings, deadline: { clock: () => 0, maxMs: 10 } },
    };
    const back = decodeMatchInput(encodeMatchInput(withDeadline));
    expect(back.pool.map((p) => p.availableSlotIds)).toEqual([['tue', 'thu'], [], ['jan']]);
    expect(back.settings).toEqual(original.settings);
    expect({ ...back, pool: [] }).toEqual({ ...original, pool: [] });
    expect(back.pool[0]).toEqual({ ...original.pool[0], availableSlotIds: ['tue', 'thu'] });
  });
});
