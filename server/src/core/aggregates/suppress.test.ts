import { describe, expect, it } from 'vitest';
import { recoverable, suppressColumn, suppressOverParts } from './suppress.ts';

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

  it('leaves two small counts hidden without hiding more when together they are five or more', () => {
    expect(suppressColumn([2, 3, 40])).toEqual({ cells: [null, null, 40], total: 45 });
  });

  it('hides one more when two small counts together are still fewer than five', () => {
    // Total minus the shown 40 would say "3 in these two months": a small cell of its own.
    expect(suppressColumn([1, 2, 40, 9])).toEqual({ cells: [null, null, 40, null], total: 52 });
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
      if (column.total !== null) {
        const rest = column.total - column.cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
        expect(rest === 0 || rest >= 5, counts.join(',')).toBe(true);
      }
      column.cells.forEach((cell) => {
        if (cell !== null) expect(cell === 0 || cell >= 5).toBe(true);
      });
    }
  });
});

describe('suppression over parts of the population shared by several networks', () => {
  // Networks A and B each have organisations of their own and share one (part AB); "all
  // organisations" holds them all and more. A's own people: 3 sign-ups in January.
  const partAB = [10, 0, 7];
  const partB = [12, 9, 0];
  const partRest = [20, 30, 40];
  const views = (partA: number[]) => ({
    a: suppressOverParts(3, [partA, partAB]),
    b: suppressOverParts(3, [partAB, partB]),
    all: suppressOverParts(3, [partA, partAB, partB, partRest]),
  });

  it('hides a cell in every view that holds a hidden part, and only there', () => {
    const { a, b, all } = views([3, 8, 6]);
    expect(a.cells[0]).toBeNull();
    expect(all.cells[0]).toBeNull();
    expect(b.cells[0]).toBe(22);
    // Without parts, "all" (45) minus B (22) minus the rest would have been A's own 3.
  });

  it('survives subtracting networks from each other and from all, per month and in total', () => {
    // A world where A's own January is 4 (and its partner month one less) shows exactly the
    // same numbers in every view: no combination of them can tell 3 from 4.
    expect(views([4, 8, 5])).toEqual(views([3, 8, 6]));
    for (const view of Object.values(views([3, 8, 6]))) {
      if (view.total === null) continue;
      const rest = view.total - view.cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
      expect(rest === 0 || rest >= 5).toBe(true);
    }
  });
});
