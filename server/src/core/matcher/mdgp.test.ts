import { describe, expect, it } from 'vitest';
import { mdgpObjective, solveMdgp, type MdgpInstance } from './mdgp.ts';
import { formatMdgpInstance, parseMdgpInstance } from './mdgp-instance.ts';
import { createRandom } from './random.ts';

function randomInstance(n: number, m: number, seed: number): MdgpInstance {
  const random = createRandom(seed);
  const distances = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      distances[i * n + j] = distances[j * n + i] = Math.round(random.float() * 10000) / 100;
    }
  }
  const size = Math.floor(n / m);
  return { n, m, distances, lower: Array(m).fill(size - 1), upper: Array(m).fill(size + 1) };
}

/** The exact optimum of a two-group instance, by trying every split. */
function bruteForceBest(instance: MdgpInstance): number {
  let best = -Infinity;
  for (let mask = 0; mask < 1 << instance.n; mask++) {
    const groupOf = Int32Array.from({ length: instance.n }, (_, i) => (mask >> i) & 1);
    const ones = groupOf.reduce((a, b) => a + b, 0);
    if (
      ones < instance.lower[1]! ||
      ones > instance.upper[1]! ||
      instance.n - ones < instance.lower[0]!
    )
      continue;
    if (instance.n - ones > instance.upper[0]!) continue;
    best = Math.max(best, mdgpObjective(instance, groupOf));
  }
  return best;
}

describe('maximally diverse grouping', () => {
  it('finds the optimum of a small instance', () => {
    const instance = { ...randomInstance(8, 2, 3), lower: [3, 3], upper: [5, 5] };
    const solution = solveMdgp(instance, { seed: 1, iterationBudget: 20_000 });
    expect(solution.objective).toBeCloseTo(bruteForceBest(instance), 9);
  });

  it('keeps group sizes within bounds and reports the true objective', () => {
    const instance = randomInstance(60, 6, 4);
    const solution = solveMdgp(instance, { seed: 2, iterationBudget: 200_000 });
    const sizes = Array.from(
      { length: 6 },
      (_, g) => solution.groupOf.filter((x) => x === g).length,
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(9);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(11);
    expect(solution.objective).toBeCloseTo(mdgpObjective(instance, solution.groupOf), 6);
  });

  it('is deterministic for a seed and budget, improves with budget, and respects the budget', () => {
    const instance = randomInstance(60, 6, 5);
    const a = solveMdgp(instance, { seed: 7, iterationBudget: 50_000 });
    expect(solveMdgp(instance, { seed: 7, iterationBudget: 50_000 })).toEqual(a);
    expect(a.iterations).toBe(50_000);
    const longer = solveMdgp(instance, { seed: 7, iterationBudget: 500_000 });
    expect(longer.objective).toBeGreaterThanOrEqual(a.objective);
  });

  it('refuses bounds that no assignment meets', () => {
    const instance = { ...randomInstance(10, 2, 1), lower: [6, 6], upper: [6, 6] };
    expect(() => solveMdgp(instance, { seed: 1, iterationBudget: 10 })).toThrow(RangeError);
  });
});

describe('MDGP instance files', () => {
  it('reads the MDGPLIB layout with group bounds', () => {
    const text = '4 2 ds 1 3 2 2\n0 1 5\n0 2 1\n0 3 2\n1 2 4\n1 3 3\n2 3 6\n';
    const instance = parseMdgpInstance(text);
    expect(instance.lower).toEqual([1, 2]);
    expect(instance.upper).toEqual([3, 2]);
    expect(instance.distances[1 * 4 + 0]).toBe(5);
    expect(parseMdgpInstance(formatMdgpInstance(instance))).toEqual(instance);
  });

  it('reads a bare `n m` header with 1-based indices as equal groups', () => {
    const instance = parseMdgpInstance('3 1\n1 2 1.5\n1 3 2\n2 3 4\n');
    expect(instance.lower).toEqual([3]);
    expect(instance.distances[0 * 3 + 1]).toBe(1.5);
    expect(solveMdgp(instance, { seed: 1, iterationBudget: 100 }).objective).toBe(7.5);
  });
});
