import { Descent } from './mdgp-descent.ts';
import { createRandom, type Random } from './random.ts';
import type { MatchDeadline } from './types.ts';

/** The maximally diverse grouping problem: n elements, m groups with size bounds. */
export interface MdgpInstance {
  n: number;
  m: number;
  /** Symmetric n × n distances, row-major; the diagonal is ignored. */
  distances: Float64Array;
  /** Size bounds per group (length m). */
  lower: number[];
  upper: number[];
}

export interface MdgpOptions {
  seed: number;
  /** Number of move evaluations; the search stops when it is spent. */
  iterationBudget: number;
  /** Optional early stop on an injected clock; the trace then records when the best improved. */
  deadline?: MatchDeadline;
}

export interface MdgpSolution {
  /** Group index per element. */
  groupOf: Int32Array;
  objective: number;
  iterations: number;
  stoppedBy: 'budget' | 'deadline';
  /** Best objective over time (ms since start), only with a deadline clock. */
  trace: { ms: number; objective: number }[];
}

const EPSILON = 1e-9;
/** A new local optimum up to 0.5 % below the best is kept as the walk's next start. */
const TOLERANCE = 0.005;
/** A perturbation swaps 2 to 2 + 2 % of n random pairs. */
const STRENGTH = 0.02;

/** Sum of the distances within groups. */
export function mdgpObjective(instance: MdgpInstance, groupOf: Int32Array): number {
  const { n, distances } = instance;
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (groupOf[i] === groupOf[j]) total += distances[i * n + j]!;
  }
  return total;
}

/** A random assignment that meets every group's bounds. */
function randomStart(instance: MdgpInstance, random: Random): Int32Array {
  const { n, m, lower, upper } = instance;
  const order = random.shuffle(Array.from({ length: n }, (_, i) => i));
  const groupOf = new Int32Array(n);
  const size = new Int32Array(m);
  let next = 0;
  for (let g = 0; g < m; g++) {
    for (let k = 0; k < lower[g]!; k++) groupOf[order[next++]!] = g;
    size[g] = lower[g]!;
  }
  while (next < n) {
    const open = Array.from({ length: m }, (_, g) => g).filter((g) => size[g]! < upper[g]!);
    const g = open[random.int(open.length)]!;
    groupOf[order[next++]!] = g;
    size[g]!++;
  }
  return groupOf;
}

/**
 * Maximises the sum of within-group distances by iterated local search: a random feasible
 * start, then repeatedly a descent (for each element the best move to a group with room or
 * swap with an element of another group) and a random perturbation; a local optimum close to
 * the best (record-to-record acceptance) is walked on, a worse one sends the walk back to
 * the best. Effort is bounded by the iteration budget (move evaluations) and,
 * optionally, a deadline; with the same seed and budget the result is the same everywhere.
 */
export function solveMdgp(instance: MdgpInstance, options: MdgpOptions): MdgpSolution {
  const { n, m, lower, upper } = instance;
  let sumLower = 0;
  let sumUpper = 0;
  for (let g = 0; g < m; g++) {
    sumLower += lower[g]!;
    sumUpper += upper[g]!;
  }
  if (n < sumLower || n > sumUpper) throw new RangeError('No assignment meets the group bounds.');
  const random = createRandom(options.seed);
  const search = new Descent(instance, randomStart(instance, random), options);
  search.descend();
  let best = search.groupOf.slice();
  let bestObjective = search.objective;
  search.record(bestObjective);
  while (!search.stopped) {
    search.perturb(random, 2 + random.int(Math.max(2, Math.round(n * STRENGTH))));
    search.descend();
    if (search.objective > bestObjective + EPSILON) {
      best = search.groupOf.slice();
      bestObjective = search.objective;
      search.record(bestObjective);
    } else if (search.objective < bestObjective * (1 - TOLERANCE)) {
      search.reset(best);
    }
  }
  return {
    groupOf: best,
    objective: mdgpObjective(instance, best),
    iterations: search.iterations,
    stoppedBy: search.stoppedBy,
    trace: search.trace,
  };
}
