// The memetic MDGP search as it was before the TPSDP-style rewrite (as of commit e1fce62), kept frozen
// here only so the bench can run the previous and the current solver side by side in one run.
import type { MdgpInstance, MdgpOptions, MdgpSolution } from '@ods/server/core/matcher/mdgp';
import { MoveState } from '@ods/server/core/matcher/mdgp-moves';
import { createRandom, type Random } from '@ods/server/core/matcher/random';

const EPSILON = 1e-9;
/** Solutions kept in the population. */
const POPULATION = 10;
/** Weight of quality against distance when the population decides whom to drop. */
const QUALITY_WEIGHT = 0.6;

/** Counts move evaluations against the budget and watches the optional deadline. */
class Effort {
  evaluations = 0;
  stopped = false;
  stoppedBy: 'budget' | 'deadline' = 'budget';
  readonly trace: { ms: number; objective: number }[] = [];
  private readonly started: number;
  private readonly options: MdgpOptions;

  constructor(options: MdgpOptions) {
    this.options = options;
    this.started = options.deadline?.clock() ?? 0;
  }

  /** Adds `count` evaluations; false once the budget or the deadline is spent. */
  spend(count: number): boolean {
    if (this.stopped) return false;
    this.evaluations += count;
    if (this.evaluations >= this.options.iterationBudget) {
      this.evaluations = Math.min(this.evaluations, this.options.iterationBudget);
      this.stopped = true;
      return false;
    }
    const { deadline } = this.options;
    if (deadline && deadline.clock() - this.started > deadline.maxMs) {
      this.stopped = true;
      this.stoppedBy = 'deadline';
      return false;
    }
    return true;
  }

  record(objective: number): void {
    const { deadline } = this.options;
    if (deadline) this.trace.push({ ms: deadline.clock() - this.started, objective });
  }
}

/** A random assignment that meets every group's bounds. */
function randomStart(state: MoveState, random: Random, into: Int32Array): void {
  const { n, m, lower, upper } = state;
  const order = random.shuffle(Array.from({ length: n }, (_, i) => i));
  const size = new Int32Array(m);
  let next = 0;
  for (let g = 0; g < m; g++) {
    for (let k = 0; k < lower[g]!; k++) into[order[next++]!] = g;
    size[g] = lower[g]!;
  }
  while (next < n) {
    let g = random.int(m);
    while (size[g]! >= upper[g]!) g = (g + 1) % m;
    into[order[next++]!] = g;
    size[g]!++;
  }
}

/**
 * Tabu search over one-moves (when the bounds let sizes change) and swaps: each step takes the
 * best neighbour not tabu (or tabu but better than the best found: aspiration), even when it
 * is worse, and forbids the moved elements to return to their old group for a while. Stops
 * after `stall` steps without a new best, and leaves the state at the best it saw.
 */
function tabuSearch(
  state: MoveState,
  random: Random,
  effort: Effort,
  stall: number,
  tabu: Int32Array,
  best: Int32Array,
  onBest: (objective: number) => void,
): void {
  const { n, m, groupOf, size, lower, upper, toGroup, d } = state;
  const perStep = n * m + (n * (n - 1)) / 2;
  tabu.fill(0);
  best.set(groupOf);
  let bestObjective = state.objective;
  let step = 0;
  let sinceBest = 0;
  const canChangeSizes = lower.some((a, g) => a !== upper[g]);
  while (sinceBest < stall && effort.spend(perStep)) {
    step++;
    let bestDelta = -Infinity;
    let moveI = -1;
    let moveJ = -1;
    let moveG = -1;
    const aspiration = bestObjective - state.objective + EPSILON;
    // Ties go to the first best from a random starting element: random, at one draw a step.
    const offset = random.int(n);
    if (canChangeSizes) {
      for (let step_i = 0; step_i < n; step_i++) {
        const i = (step_i + offset) % n;
        const a = groupOf[i]!;
        if (size[a]! <= lower[a]!) continue;
        const base = i * m;
        const own = toGroup[base + a]!;
        for (let g = 0; g < m; g++) {
          if (g === a || size[g]! >= upper[g]!) continue;
          const delta = toGroup[base + g]! - own;
          if (delta <= bestDelta + EPSILON) continue;
          if (tabu[base + g]! > step && delta <= aspiration) continue;
          bestDelta = delta;
          moveI = i;
          moveG = g;
          moveJ = -1;
        }
      }
    }
    for (let step_i = 0; step_i < n; step_i++) {
      const i = (step_i + offset) % n;
      const gi = groupOf[i]!;
      const bi = i * m;
      const own = toGroup[bi + gi]!;
      const row = i * n;
      for (let j = i + 1; j < n; j++) {
        const gj = groupOf[j]!;
        if (gi === gj) continue;
        const bj = j * m;
        const delta =
          toGroup[bi + gj]! - own + toGroup[bj + gi]! - toGroup[bj + gj]! - 2 * d[row + j]!;
        if (delta <= bestDelta + EPSILON) continue;
        if ((tabu[bi + gj]! > step || tabu[bj + gi]! > step) && delta <= aspiration) continue;
        bestDelta = delta;
        moveI = i;
        moveJ = j;
      }
    }
    if (moveI < 0) break;
    const tenure = 3 + random.int(Math.max(2, Math.ceil(m / 2)));
    const from = groupOf[moveI]!;
    if (moveJ < 0) {
      state.applyMove(moveI, moveG);
      tabu[moveI * m + from] = step + tenure;
    } else {
      const other = groupOf[moveJ]!;
      state.applySwap(moveI, moveJ);
      tabu[moveI * m + from] = step + tenure;
      tabu[moveJ * m + other] = step + tenure;
    }
    if (state.objective > bestObjective + EPSILON) {
      bestObjective = state.objective;
      best.set(groupOf);
      sinceBest = 0;
      onBest(bestObjective);
    } else sinceBest++;
  }
  if (state.objective < bestObjective - EPSILON) state.load(best);
}

/**
 * First-improvement descent: each element in turn takes its best improving one-move or swap,
 * until none improves. Cheap per step (O(n + m) evaluations), so it brings a random start or
 * an offspring near a local optimum before the costlier tabu steps (O(n²) each).
 */
function descend(state: MoveState, effort: Effort): void {
  const { n, m, groupOf, size, lower, upper, toGroup, d } = state;
  let improved = true;
  while (improved && effort.spend(n * (n + m))) {
    improved = false;
    for (let i = 0; i < n; i++) {
      const gi = groupOf[i]!;
      const bi = i * m;
      const own = toGroup[bi + gi]!;
      let bestDelta = EPSILON;
      let bestG = -1;
      let bestJ = -1;
      if (size[gi]! > lower[gi]!) {
        for (let g = 0; g < m; g++) {
          if (g === gi || size[g]! >= upper[g]!) continue;
          const delta = toGroup[bi + g]! - own;
          if (delta > bestDelta) [bestDelta, bestG, bestJ] = [delta, g, -1];
        }
      }
      const row = i * n;
      for (let j = 0; j < n; j++) {
        const gj = groupOf[j]!;
        if (gj === gi) continue;
        const bj = j * m;
        const delta =
          toGroup[bi + gj]! - own + toGroup[bj + gi]! - toGroup[bj + gj]! - 2 * d[row + j]!;
        if (delta > bestDelta) [bestDelta, bestG, bestJ] = [delta, gj, j];
      }
      if (bestG < 0) continue;
      if (bestJ < 0) state.applyMove(i, bestG);
      else state.applySwap(i, bestJ);
      improved = true;
    }
  }
}

/** Sum of distances within group g of an assignment (for the crossover's group choice). */
function groupValue(state: MoveState, members: Int32Array, count: number): number {
  const { n, d } = state;
  let total = 0;
  for (let a = 0; a < count; a++) {
    const row = members[a]! * n;
    for (let b = a + 1; b < count; b++) total += d[row + members[b]!]!;
  }
  return total;
}

/**
 * Group-based crossover: the parents take turns giving the offspring their best remaining
 * group (by mean pair distance, counting only elements not yet placed), under the group's own
 * index so its bounds apply; elements left over go first to groups under their lower bound,
 * then where they add most (O(n·m) with the toGroup sums).
 */
function crossover(
  state: MoveState,
  parents: [Int32Array, Int32Array],
  random: Random,
  child: Int32Array,
): void {
  const { n, m, lower, upper, d } = state;
  child.fill(-1);
  const used = new Uint8Array(m);
  const members = new Int32Array(n);
  let turn = random.int(2);
  for (let round = 0; round < m; round++) {
    const parent = parents[turn]!;
    let bestGroup = -1;
    let bestScore = -Infinity;
    for (let g = 0; g < m; g++) {
      if (used[g]) continue;
      let count = 0;
      for (let i = 0; i < n; i++) if (parent[i] === g && child[i] === -1) members[count++] = i;
      const score = count > 1 ? groupValue(state, members, count) / ((count * (count - 1)) / 2) : 0;
      if (score > bestScore) [bestScore, bestGroup] = [score, g];
    }
    used[bestGroup] = 1;
    for (let i = 0; i < n; i++)
      if (parent[i] === bestGroup && child[i] === -1) child[i] = bestGroup;
    turn = 1 - turn;
  }
  // Place the rest greedily: sizes and sums to each group from the placed elements.
  const size = new Int32Array(m);
  for (let i = 0; i < n; i++) if (child[i]! >= 0) size[child[i]!]!++;
  const rest = random.shuffle(
    Array.from({ length: n }, (_, i) => i).filter((i) => child[i] === -1),
  );
  const gain = (i: number, g: number): number => {
    let total = 0;
    for (let k = 0; k < n; k++) if (child[k] === g) total += d[i * n + k]!;
    return total;
  };
  for (const i of rest) {
    let target = -1;
    let targetGain = -Infinity;
    const short = lower.some((a, g) => size[g]! < a);
    for (let g = 0; g < m; g++) {
      if (size[g]! >= upper[g]! || (short && size[g]! >= lower[g]!)) continue;
      const value = gain(i, g);
      if (value > targetGain) [targetGain, target] = [value, g];
    }
    child[i] = target;
    size[target]!++;
  }
  // A parent's group can be larger than what is left for the others' lower bounds: move the
  // cheapest members of groups above their lower bound into groups still short.
  for (let g = 0; g < m; g++) {
    while (size[g]! < lower[g]!) {
      let donor = -1;
      for (let i = 0; i < n && donor < 0; i++) {
        const h = child[i]!;
        if (h !== g && size[h]! > lower[h]!) donor = i;
      }
      size[child[donor]!]!--;
      child[donor] = g;
      size[g]!++;
    }
  }
}

/** Pairs placed together in exactly one of two assignments (0: the same grouping). */
function distance(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  let differ = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if ((a[i] === a[j]) !== (b[i] === b[j])) differ++;
  }
  return differ;
}

interface Member {
  groupOf: Int32Array;
  objective: number;
}

/** The population with the distances between its members, kept as members change. */
class Population {
  readonly members: Member[] = [];
  private readonly between: number[][] = [];

  /** Adds a member unless it repeats one; true when added. */
  add(member: Member): boolean {
    const to = this.members.map((other) => distance(other.groupOf, member.groupOf));
    if (to.some((x) => x === 0)) return false;
    to.forEach((x, k) => this.between[k]!.push(x));
    this.between.push([...to, 0]);
    this.members.push(member);
    return true;
  }

  /**
   * Keeps the population diverse: the offspring joins unless it repeats a member; then the
   * member with the worst mix of quality rank and distance rank (to its nearest other
   * member) leaves, so a slightly worse but different solution can stay in favour of a
   * near-copy.
   */
  offer(child: Member): boolean {
    const size = this.members.length;
    const to = this.members.map((other) => distance(other.groupOf, child.groupOf));
    if (to.some((x) => x === 0)) return false;
    const nearest = this.members.map((_, k) =>
      Math.min(to[k]!, ...this.between[k]!.filter((_, l) => l !== k)),
    );
    nearest.push(Math.min(...to));
    const objectives = [...this.members.map((s) => s.objective), child.objective];
    const quality = rank(objectives);
    const spread = rank(nearest);
    let worst = 0;
    let worstScore = Infinity;
    for (let k = 0; k <= size; k++) {
      const score = QUALITY_WEIGHT * quality[k]! + (1 - QUALITY_WEIGHT) * spread[k]!;
      if (score < worstScore) [worstScore, worst] = [score, k];
    }
    if (worst === size) return false;
    this.members[worst] = child;
    for (let k = 0; k < size; k++) {
      this.between[worst]![k] = k === worst ? 0 : to[k]!;
      this.between[k]![worst] = k === worst ? 0 : to[k]!;
    }
    return true;
  }
}

/** Rank of each value (0 = lowest), ties by position. */
function rank(values: number[]): number[] {
  const order = values.map((v, k) => ({ v, k })).sort((p, q) => p.v - q.v || p.k - q.k);
  const ranks = new Array<number>(values.length);
  order.forEach(({ k }, r) => (ranks[k] = r));
  return ranks;
}

/**
 * A memetic algorithm for the maximally diverse grouping problem, after Lai & Hao's memetic
 * search and the population phase of TPSDP (Yang et al. 2022): a population of tabu-search
 * local optima, a group-based crossover that passes good groups on, tabu search on each
 * offspring, and a population update on quality and distance. Moves are evaluated in O(1) on
 * flat arrays (MoveState); one-moves let `ds` bounds change group sizes. Effort is the number
 * of move evaluations (every neighbour looked at), so seed and budget fix the result; an
 * optional deadline stops it early.
 */
export function solveMdgpMemeticPrevious(
  instance: MdgpInstance,
  options: MdgpOptions,
): MdgpSolution {
  const { n, m, lower, upper } = instance;
  const sumLower = lower.reduce((s, a) => s + a, 0);
  const sumUpper = upper.reduce((s, b) => s + b, 0);
  if (n < sumLower || n > sumUpper) throw new RangeError('No assignment meets the group bounds.');
  const random = createRandom(options.seed);
  const effort = new Effort(options);
  const state = new MoveState(instance);
  const tabu = new Int32Array(n * m);
  const scratch = new Int32Array(n);
  // Tabu depth: n steps without a new best (measured on n = 120 and 240 against n/10 … 4n).
  const stall = Math.max(20, n);
  const best = new Int32Array(n);
  let bestObjective = -Infinity;
  // The trace follows the best ever seen, also while a tabu search is still under way.
  let traced = -Infinity;
  const record = (objective: number): void => {
    if (objective > traced + EPSILON) {
      traced = objective;
      effort.record(objective);
    }
  };
  const consider = (): void => {
    if (state.objective > bestObjective + EPSILON) {
      bestObjective = state.objective;
      best.set(state.groupOf);
      record(bestObjective);
    }
  };

  const population = new Population();
  const { members } = population;
  const start = new Int32Array(n);
  for (let tries = 0; members.length < POPULATION && tries < 3 * POPULATION; tries++) {
    if (effort.stopped) break;
    randomStart(state, random, start);
    state.load(start);
    descend(state, effort);
    tabuSearch(state, random, effort, stall, tabu, scratch, record);
    consider();
    population.add({ groupOf: state.groupOf.slice(), objective: state.objective });
  }
  const child = new Int32Array(n);
  while (!effort.stopped && members.length >= 2) {
    const a = random.int(members.length);
    let b = random.int(members.length - 1);
    if (b >= a) b++;
    crossover(state, [members[a]!.groupOf, members[b]!.groupOf], random, child);
    state.load(child);
    effort.spend(n * m);
    descend(state, effort);
    tabuSearch(state, random, effort, stall, tabu, scratch, record);
    consider();
    population.offer({ groupOf: state.groupOf.slice(), objective: state.objective });
  }
  if (bestObjective === -Infinity) {
    // Not even one start fitted in the budget: a random feasible assignment.
    randomStart(state, random, start);
    state.load(start);
    best.set(start);
  }
  state.load(best);
  return {
    groupOf: best.slice(),
    objective: state.rescore(),
    iterations: effort.evaluations,
    stoppedBy: effort.stoppedBy,
    trace: effort.trace,
  };
}
