import type { MdgpInstance, MdgpOptions } from './mdgp.ts';
import type { Random } from './random.ts';

const EPSILON = 1e-9;

/** Local-search state: assignment, group sizes and each element's distance sum to every group. */
export class Descent {
  readonly instance: MdgpInstance;
  readonly options: MdgpOptions;
  groupOf: Int32Array;
  size: Int32Array;
  /** toGroup[i * m + g]: sum of distances from i to the members of g. */
  toGroup: Float64Array;
  objective = 0;
  iterations = 0;
  stopped = false;
  stoppedBy: 'budget' | 'deadline' = 'budget';
  trace: { ms: number; objective: number }[] = [];
  private readonly started: number;

  constructor(instance: MdgpInstance, groupOf: Int32Array, options: MdgpOptions) {
    this.instance = instance;
    this.options = options;
    this.groupOf = groupOf;
    this.size = new Int32Array(instance.m);
    this.toGroup = new Float64Array(instance.n * instance.m);
    this.started = options.deadline?.clock() ?? 0;
    this.reset(groupOf);
  }

  reset(groupOf: Int32Array): void {
    const { n, m, distances } = this.instance;
    this.groupOf = groupOf.slice();
    this.size.fill(0);
    this.toGroup.fill(0);
    for (let i = 0; i < n; i++) {
      this.size[this.groupOf[i]!]!++;
      for (let j = 0; j < n; j++) {
        if (j !== i) this.toGroup[i * m + this.groupOf[j]!]! += distances[i * n + j]!;
      }
    }
    let twice = 0;
    for (let i = 0; i < n; i++) twice += this.toGroup[i * m + this.groupOf[i]!]!;
    this.objective = twice / 2;
  }

  record(objective: number): void {
    const { deadline } = this.options;
    if (deadline) this.trace.push({ ms: deadline.clock() - this.started, objective });
  }

  /** Counts one evaluation; false once the budget or deadline is spent. */
  private tick(): boolean {
    if (this.stopped) return false;
    this.iterations++;
    if (this.iterations >= this.options.iterationBudget) this.stopped = true;
    const { deadline } = this.options;
    if (
      deadline &&
      (this.iterations & 4095) === 0 &&
      deadline.clock() - this.started > deadline.maxMs
    ) {
      this.stopped = true;
      this.stoppedBy = 'deadline';
    }
    return !this.stopped;
  }

  /** Moves element x to group b, updating sums and objective. */
  private move(x: number, b: number): void {
    const { n, m, distances } = this.instance;
    const a = this.groupOf[x]!;
    this.objective += this.toGroup[x * m + b]! - this.toGroup[x * m + a]!;
    for (let k = 0; k < n; k++) {
      const d = k === x ? 0 : distances[k * n + x]!;
      this.toGroup[k * m + a]! -= d;
      this.toGroup[k * m + b]! += d;
    }
    this.size[a]!--;
    this.size[b]!++;
    this.groupOf[x] = b;
  }

  /** Improves until no element has an improving move, or the effort is spent. */
  descend(): void {
    const { n, m, lower, upper, distances } = this.instance;
    const { groupOf, toGroup, size } = this;
    let improved = true;
    while (improved && !this.stopped) {
      improved = false;
      for (let i = 0; i < n && !this.stopped; i++) {
        const gi = groupOf[i]!;
        const own = toGroup[i * m + gi]!;
        let bestDelta = EPSILON;
        let bestGroup = -1;
        let bestSwap = -1;
        if (size[gi]! > lower[gi]!) {
          for (let g = 0; g < m; g++) {
            if (g === gi || size[g]! >= upper[g]! || !this.tick()) continue;
            const delta = toGroup[i * m + g]! - own;
            if (delta > bestDelta) [bestDelta, bestGroup] = [delta, g];
          }
        }
        for (let j = 0; j < n && this.tick(); j++) {
          const gj = groupOf[j]!;
          if (gj === gi) continue;
          const delta =
            toGroup[i * m + gj]! -
            own +
            toGroup[j * m + gi]! -
            toGroup[j * m + gj]! -
            2 * distances[i * n + j]!;
          if (delta > bestDelta) [bestDelta, bestGroup, bestSwap] = [delta, gj, j];
        }
        if (bestGroup < 0) continue;
        this.move(i, bestGroup);
        if (bestSwap >= 0) this.move(bestSwap, gi);
        improved = true;
      }
    }
  }

  /** Swaps `count` random pairs of elements in different groups (sizes stay feasible). */
  perturb(random: Random, count: number): void {
    const { n } = this.instance;
    for (let k = 0; k < count; k++) {
      const a = random.int(n);
      const b = random.int(n);
      const ga = this.groupOf[a]!;
      const gb = this.groupOf[b]!;
      if (ga === gb) continue;
      this.move(a, gb);
      this.move(b, ga);
    }
  }
}
