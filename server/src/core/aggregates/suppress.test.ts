import { describe, expect, it } from 'vitest';
import { recoverable, suppressColumn } from './suppress.ts';

describe('small-cell suppression', () => {
  it('shows counts of 5 and more, and zeros, as they are', () => {
    expect(suppressColumn([0, 5, 12])).toEqual({ cells: [0, 5, 12], total: 17 });
  });

  it('hides a lone small count together with the smallest other one, so the total gives nothing away', () => {
    const column = suppressColumn([3, 9, 6, 20]);
    expect(column).toEqual({ cells: [null, 9, null, 20], total: 38 });
    expect(recoverable(column)).toBeUndefined();
    // The attacker's sum: total minus what is shown is 9, the two hidden together, not the 3.
    expect(column.total! - 9 - 20).toBe(9);
  });

  it('leaves two small counts hidden without hiding more', () => {
    expect(suppressColumn([1, 2, 40])).toEqual({ cells: [null, null, 40], total: 43 });
  });

  it('hides the total when a lone small count has nothing to hide with it', () => {
    const column = suppressColumn([0, 4, 0]);
    expect(column).toEqual({ cells: [0, null, 0], total: null });
    expect(recoverable(column)).toBeUndefined();
  });

  it('never leaves exactly one hidden cell next to a shown total, whatever the counts', () => {
    // Every column of four counts from 0 to 7: 4 096 differencing attempts.
    for (let code = 0; code < 8 ** 4; code += 1) {
      const counts = [0, 1, 2, 3].map((i) => Math.floor(code / 8 ** i) % 8);
      const column = suppressColumn(counts);
      expect(recoverable(column), counts.join(',')).toBeUndefined();
      column.cells.forEach((cell) => {
        if (cell !== null) expect(cell === 0 || cell >= 5).toBe(true);
      });
    }
  });
});
