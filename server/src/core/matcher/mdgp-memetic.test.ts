import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdgpObjective, type MdgpInstance } from './mdgp.ts';
import {
  crossover,
  crossoverScratch,
  directedScratch,
  Effort,
  localSearch,
  perturbDirected,
  perturbRandomly,
  randomStart,
  solveMdgpMemetic,
} from './mdgp-memetic.ts';
import { MoveSnapshot, MoveState } from './mdgp-moves.ts';
import { createRandom, type Random } from './random.ts';

/** A random instance: n elements, m groups, bounds around n/m that some grouping meets. */
const instanceArb = fc
  .record({
    n: fc.integer({ min: 4, max: 24 }),
    m: fc.integer({ min: 2, max: 5 }),
    slack: fc.integer({ min: 0, max: 2 }),
    integers: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .filter(({ n, m }) => m <= n / 2)
  .chain(({ n, m, slack, integers, seed }) =>
    fc
      .array(
        integers ? fc.integer({ min: 0, max: 100 }) : fc.double({ min: 0, max: 100, noNaN: true }),
        {
          minLength: (n * (n - 1)) / 2,
          maxLength: (n * (n - 1)) / 2,
        },
      )
      .map((values): { instance: MdgpInstance; seed: number } => {
        const distances = new Float64Array(n * n);
        let k = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++)
            distances[i * n + j] = distances[j * n + i] = values[k++]!;
        }
        const lower = Array<number>(m).fill(Math.max(1, Math.floor(n / m) - slack));
        const upper = Array<number>(m).fill(Math.ceil(n / m) + slack);
        return { instance: { n, m, distances, lower, upper }, seed };
      }),
  );

function sizes(instance: MdgpInstance, groupOf: Int32Array): number[] {
  const size = Array<number>(instance.m).fill(0);
  for (const g of groupOf) size[g]!++;
  return size;
}

/** The optimum by trying every grouping (labels in first-use order, so each once). */
function enumerateOptimum(instance: MdgpInstance): number {
  const { n, m, lower, upper } = instance;
  const groupOf = new Int32Array(n);
  let best = -Infinity;
  const visit = (i: number, used: number): void => {
    if (i === n) {
      const size = sizes(instance, groupOf);
      if (size.every((s, g) => s >= lower[g]! && s <= upper[g]!)) {
        best = Math.max(best, mdgpObjective(instance, groupOf));
      }
      return;
    }
    for (let g = 0; g < Math.min(m, used + 1); g++) {
      groupOf[i] = g;
      visit(i + 1, Math.max(used, g + 1));
    }
  };
  visit(0, 0);
  return best;
}

describe('memetic MDGP search', () => {
  it('keeps the incremental objective equal to a full re-score after any move sequence', () => {
    fc.assert(
      fc.property(
        instanceArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 60 }),
        ({ instance }, moves) => {
          const state = new MoveState(instance);
          state.load(Int32Array.from({ length: instance.n }, (_, i) => i % instance.m));
          for (const [x, y, swap] of moves) {
            const i = x % instance.n;
            if (swap) {
              const j = y % instance.n;
              if (state.groupOf[i] === state.groupOf[j]) continue;
              const predicted = state.objective + state.swapDelta(i, j);
              state.applySwap(i, j);
              expect(state.objective).toBeCloseTo(predicted, 6);
            } else {
              const g = y % instance.m;
              if (g === state.groupOf[i]) continue;
              const predicted = state.objective + state.moveDelta(i, g);
              state.applyMove(i, g);
              expect(state.objective).toBeCloseTo(predicted, 6);
            }
            expect(state.objective).toBeCloseTo(state.rescore(), 6);
          }
          // The per-group sums match a fresh computation too.
          const fresh = new MoveState(instance);
          fresh.load(state.groupOf);
          for (let k = 0; k < fresh.toGroup.length; k++) {
            expect(state.toGroup[k]).toBeCloseTo(fresh.toGroup[k]!, 6);
          }
        },
      ),
      { numRuns: 150, seed: 19 },
    );
  });

  it('returns a grouping within every bound, scored truthfully, for any instance', () => {
    fc.assert(
      fc.property(
        instanceArb,
        fc.integer({ min: 0, max: 50_000 }),
        ({ instance, seed }, budget) => {
          const solution = solveMdgpMemetic(instance, { seed, iterationBudget: budget });
          const size = sizes(instance, solution.groupOf);
          size.forEach((s, g) => {
            expect(s).toBeGreaterThanOrEqual(instance.lower[g]!);
            expect(s).toBeLessThanOrEqual(instance.upper[g]!);
          });
          expect(solution.objective).toBeCloseTo(mdgpObjective(instance, solution.groupOf), 6);
          expect(solution.iterations).toBeLessThanOrEqual(budget);
        },
      ),
      { numRuns: 60, seed: 20 },
    );
  });

  it('finds the proven optimum of small instances (by enumeration)', () => {
    fc.assert(
      fc.property(
        instanceArb.filter(({ instance }) => instance.n <= 9),
        ({ instance, seed }) => {
          const solution = solveMdgpMemetic(instance, { seed, iterationBudget: 300_000 });
          expect(solution.objective).toBeCloseTo(enumerateOptimum(instance), 6);
        },
      ),
      { numRuns: 25, seed: 21 },
    );
  });

  it('is deterministic for a seed and budget, and refuses bounds no grouping meets', () => {
    const sample = fc.sample(
      instanceArb.filter(({ instance }) => instance.n >= 20),
      { numRuns: 1, seed: 22 },
    );
    const instance: MdgpInstance = sample[0]!.instance;
    const options = { seed: 5, iterationBudget: 400_000 };
    const a = solveMdgpMemetic(instance, options);
    expect(solveMdgpMemetic(instance, options)).toEqual(a);
    const impossible = { ...instance, lower: Array<number>(instance.m).fill(instance.n) };
    expect(() => solveMdgpMemetic(impossible, options)).toThrow(RangeError);
  });
});

describe('the memetic search’s operators', () => {
  /** A state at a random feasible assignment. */
  function startAt(instance: MdgpInstance, random: Random): MoveState {
    const state = new MoveState(instance);
    const groupOf = new Int32Array(instance.n);
    randomStart(state, random, groupOf);
    state.load(groupOf);
    return state;
  }
  const canChange = (instance: MdgpInstance): boolean =>
    instance.lower.some((a, g) => a !== instance.upper[g]);
  /** The per-group sums and the objective equal a fresh computation, and the bounds hold. */
  function expectConsistent(instance: MdgpInstance, state: MoveState): void {
    expect(state.feasible()).toBe(true);
    expect(state.objective).toBeCloseTo(state.rescore(), 6);
    const fresh = new MoveState(instance);
    fresh.load(state.groupOf);
    for (let k = 0; k < fresh.toGroup.length; k++) {
      expect(state.toGroup[k]).toBeCloseTo(fresh.toGroup[k]!, 6);
    }
    expect(Array.from(state.size)).toEqual(Array.from(fresh.size));
  }

  it('keep every grouping within its bounds and the incremental sums exact', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 30 }), ({ instance, seed }, strength) => {
        const random = createRandom(seed);
        const effort = new Effort({ seed, iterationBudget: Number.POSITIVE_INFINITY });
        const state = startAt(instance, random);
        perturbRandomly(state, random, effort, strength, canChange(instance));
        expectConsistent(instance, state);
        localSearch(state, effort, canChange(instance));
        expectConsistent(instance, state);
        const scratch = directedScratch(instance.m);
        for (let round = 0; round < 3; round++) {
          perturbDirected(state, scratch, effort);
          expectConsistent(instance, state);
        }
        // Crossover of this state with another random one: a complete, feasible child.
        const other = startAt(instance, random);
        const parents = [
          new MoveSnapshot(instance.n, instance.m),
          new MoveSnapshot(instance.n, instance.m),
        ] as [MoveSnapshot, MoveSnapshot];
        state.save(parents[0]);
        other.save(parents[1]);
        const child = crossover(
          state,
          parents,
          random,
          effort,
          crossoverScratch(instance.n, instance.m),
        );
        state.load(child);
        expect(child.every((g) => g >= 0 && g < instance.m)).toBe(true);
        expectConsistent(instance, state);
      }),
      { numRuns: 150, seed: 23 },
    );
  });

  it('descends to a grouping no single one-move or swap improves', () => {
    fc.assert(
      fc.property(instanceArb, ({ instance, seed }) => {
        const random = createRandom(seed);
        const effort = new Effort({ seed, iterationBudget: Number.POSITIVE_INFINITY });
        const state = startAt(instance, random);
        localSearch(state, effort, canChange(instance));
        const { n, m } = instance;
        for (let i = 0; i < n; i++) {
          for (let g = 0; g < m; g++) {
            if (canChange(instance) && state.canMove(i, g)) {
              expect(state.moveDelta(i, g)).toBeLessThanOrEqual(1e-6);
            }
          }
          for (let j = i + 1; j < n; j++) {
            if (state.groupOf[i] !== state.groupOf[j]) {
              expect(state.swapDelta(i, j)).toBeLessThanOrEqual(1e-6);
            }
          }
        }
      }),
      { numRuns: 100, seed: 24 },
    );
  });
});
