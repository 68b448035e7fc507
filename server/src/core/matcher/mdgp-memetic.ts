import type { MdgpInstance, MdgpOptions, MdgpSolution } from './mdgp.ts';
import { MoveSnapshot, MoveState } from './mdgp-moves.ts';
import { createRandom, type Random } from './random.ts';

const EPSILON = 1e-9;
/** Population size at the start; it shrinks linearly to POPULATION_END over the run. */
const POPULATION_START = 15;
/** Rounds of directed perturbation (remove each group's weakest element, re-insert) per phase. */
const DIRECTED_ROUNDS = 3;
/** Whether each generation ends with a tabu search from the best member. */
const TABU_ON_BEST = true;

/**
 * Counts move evaluations against the budget and watches the optional deadline; `progress`
 * (0 … 1) drives the schedules (population size, perturbation strength). With a budget alone
 * it depends on evaluations only, so seed and budget fix the result.
 */
export class Effort {
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

  progress(): number {
    const { iterationBudget, deadline } = this.options;
    let done = Number.isFinite(iterationBudget) ? this.evaluations / iterationBudget : 0;
    if (deadline && Number.isFinite(deadline.maxMs) && deadline.maxMs > 0) {
      done = Math.max(done, (deadline.clock() - this.started) / deadline.maxMs);
    }
    return Math.min(1, done);
  }

  record(objective: number): void {
    const { deadline } = this.options;
    if (deadline) this.trace.push({ ms: deadline.clock() - this.started, objective });
  }
}

/** A random assignment that meets every group's bounds. */
export function randomStart(state: MoveState, random: Random, into: Int32Array): void {
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
 * First-improvement descent over one-moves (only where the bounds let sizes change) and
 * swaps, as in TPSDP: sweep every one-move, then every swap, applying each improving one at
 * once (O(1) to evaluate from the per-group sums, O(n) to apply), until a whole sweep finds
 * none. Each sweep is charged up front (n·m + n(n−1)/2 evaluations).
 */
export function localSearch(state: MoveState, effort: Effort, canChangeSizes: boolean): void {
  const { n, m, groupOf, size, lower, upper, toGroup, d } = state;
  const sweep = (canChangeSizes ? n * m : 0) + (n * (n - 1)) / 2;
  let improved = true;
  while (improved && effort.spend(sweep)) {
    improved = false;
    if (canChangeSizes) {
      for (let v = 0; v < n; v++) {
        const base = v * m;
        for (let g = 0; g < m; g++) {
          const a = groupOf[v]!;
          if (g === a || size[a]! <= lower[a]! || size[g]! >= upper[g]!) continue;
          if (toGroup[base + g]! - toGroup[base + a]! > EPSILON) {
            state.applyMove(v, g);
            improved = true;
          }
        }
      }
    }
    for (let x = 0; x < n; x++) {
      const bx = x * m;
      const row = x * n;
      for (let y = x + 1; y < n; y++) {
        const gx = groupOf[x]!;
        const gy = groupOf[y]!;
        if (gx === gy) continue;
        const by = y * m;
        const delta =
          toGroup[bx + gy]! -
          toGroup[bx + gx]! +
          toGroup[by + gx]! -
          toGroup[by + gy]! -
          2 * d[row + y]!;
        if (delta > EPSILON) {
          state.applySwap(x, y);
          improved = true;
        }
      }
    }
  }
}

/**
 * Undirected perturbation: `count` random neighbours (one-moves within the bounds, or swaps),
 * taken whatever they cost; one-moves are drawn in proportion to their share of the
 * neighbourhood (n·m of n·m + n(n−1)/2), as in TPSDP.
 */
export function perturbRandomly(
  state: MoveState,
  random: Random,
  effort: Effort,
  count: number,
  canChangeSizes: boolean,
): void {
  const { n, m, groupOf } = state;
  const moves = canChangeSizes ? n * m : 0;
  const total = moves + (n * (n - 1)) / 2;
  effort.spend(count * n);
  // Bounded tries: a tight ds instance can refuse most one-moves; swaps never run out (m ≥ 2).
  for (let done = 0, tries = 0; done < count && tries < 100 * count; tries++) {
    if (random.int(total) < moves) {
      const v = random.int(n);
      const g = random.int(m);
      if (!state.canMove(v, g)) continue;
      state.applyMove(v, g);
    } else {
      const x = random.int(n);
      const y = random.int(n);
      if (groupOf[x] === groupOf[y]) continue;
      state.applySwap(x, y);
    }
    done++;
  }
}

/**
 * Tabu search over one-moves (when the bounds let sizes change) and swaps: each step takes the
 * best neighbour not tabu (or tabu but better than the best found: aspiration), even when it
 * is worse, and forbids the moved elements to return to their old group for a while. Stops
 * after `stall` steps without a new best, and leaves the state at the best it saw.
 */
export function tabuSearch(
  state: MoveState,
  random: Random,
  effort: Effort,
  stall: number,
  tabu: Int32Array,
  best: Int32Array,
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
    } else sinceBest++;
  }
  if (state.objective < bestObjective - EPSILON) state.load(best);
}

/** Reused arrays of the directed perturbation (m elements each). */
export interface DirectedScratch {
  removed: Int32Array;
  from: Int32Array;
  target: Int32Array;
  stay: Int32Array;
  /** conn[r·m + g]: sum of distances of removed element r to the members of g that stay. */
  conn: Float64Array;
}

export function directedScratch(m: number): DirectedScratch {
  return {
    removed: new Int32Array(m),
    from: new Int32Array(m),
    target: new Int32Array(m),
    stay: new Int32Array(m),
    conn: new Float64Array(m * m),
  };
}

/**
 * Directed perturbation (TPSDP's third phase): every group gives up its weakest element (the
 * one with the least distance sum to its own group); these m elements are put back one at a
 * time where their mean distance to the group's members is highest, groups that fell below
 * their lower bound first. It changes the solution in a few well-chosen places, unlike the
 * random perturbation.
 */
export function perturbDirected(state: MoveState, scratch: DirectedScratch, effort: Effort): void {
  const { n, m, groupOf, size, lower, upper, toGroup, d } = state;
  const { removed, from, target, stay, conn } = scratch;
  effort.spend(n * m + m * m * m);
  for (let g = 0; g < m; g++) removed[g] = -1;
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    const r = removed[g]!;
    if (r < 0 || toGroup[i * m + g]! < toGroup[r * m + g]!) removed[g] = i;
  }
  let count = 0;
  for (let g = 0; g < m; g++) {
    const r = removed[g]!;
    if (r < 0) continue;
    removed[count] = r;
    from[count] = g;
    target[count] = -1;
    count++;
  }
  for (let g = 0; g < m; g++) stay[g] = size[g]!;
  for (let k = 0; k < count; k++) stay[from[k]!]!--;
  for (let k = 0; k < count; k++) {
    const r = removed[k]!;
    for (let g = 0; g < m; g++) conn[k * m + g] = toGroup[r * m + g]!;
    for (let l = 0; l < count; l++) if (l !== k) conn[k * m + from[l]!]! -= d[r * n + removed[l]!]!;
  }
  let deficit = 0;
  for (let g = 0; g < m; g++) deficit += Math.max(0, lower[g]! - stay[g]!);
  for (let left = count; left > 0; left--) {
    const onlyShort = left <= deficit;
    let bestK = -1;
    let bestG = -1;
    let bestValue = -Infinity;
    for (let k = 0; k < count; k++) {
      if (target[k]! >= 0) continue;
      for (let g = 0; g < m; g++) {
        if (stay[g]! >= upper[g]! || (onlyShort && stay[g]! >= lower[g]!)) continue;
        const value = stay[g]! > 0 ? conn[k * m + g]! / stay[g]! : 0;
        if (value > bestValue) [bestValue, bestK, bestG] = [value, k, g];
      }
    }
    target[bestK] = bestG;
    if (stay[bestG]! < lower[bestG]!) deficit--;
    stay[bestG]!++;
    const r = removed[bestK]!;
    for (let k = 0; k < count; k++)
      if (target[k]! < 0) conn[k * m + bestG]! += d[r * n + removed[k]!]!;
  }
  // The end state meets every bound; the moves in between may not, which applyMove allows.
  for (let k = 0; k < count; k++) {
    if (target[k] !== from[k]) state.applyMove(removed[k]!, target[k]!);
  }
}

/** Reused arrays of the crossover. */
export interface CrossoverScratch {
  child: Int32Array;
  /** Per parent, its group of each element, −1 once the element is placed in the child. */
  left: [Int32Array, Int32Array];
  /** Per parent, the distance sum within each group over the elements not yet placed. */
  value: [Float64Array, Float64Array];
  childSize: Int32Array;
  usedLabel: Uint8Array;
  members: Int32Array;
  labels: Int32Array;
  /** childSum[i·m + t]: distance of unplaced element i to the elements placed in group t. */
  childSum: Float64Array;
  order: Int32Array;
}

export function crossoverScratch(n: number, m: number): CrossoverScratch {
  return {
    child: new Int32Array(n),
    left: [new Int32Array(n), new Int32Array(n)],
    value: [new Float64Array(m), new Float64Array(m)],
    childSize: new Int32Array(m),
    usedLabel: new Uint8Array(m),
    members: new Int32Array(n),
    labels: new Int32Array(m),
    childSum: new Float64Array(n * m),
    order: new Int32Array(n),
  };
}

/**
 * Group-based crossover (Lai & Hao; TPSDP's second phase): m times, a parent chosen at random
 * gives its most diverse remaining group (distance sum over the elements not yet placed) to
 * the child, under a free group label whose upper bound holds it (or, when none does, the
 * largest, with random members dropped). The rest are placed greedily where they add most,
 * groups under their lower bound first; if the copied groups leave too few elements for the
 * lower bounds, elements are taken back from groups above theirs.
 */
export function crossover(
  state: MoveState,
  parents: [MoveSnapshot, MoveSnapshot],
  random: Random,
  effort: Effort,
  scratch: CrossoverScratch,
): Int32Array {
  const { n, m, lower, upper, d } = state;
  const { child, left, value, childSize, usedLabel, members, labels, childSum, order } = scratch;
  effort.spend(2 * n * n);
  child.fill(-1);
  childSize.fill(0);
  usedLabel.fill(0);
  for (let p = 0; p < 2; p++) {
    const parent = parents[p]!;
    left[p]!.set(parent.groupOf);
    const v = value[p]!;
    v.fill(0);
    for (let i = 0; i < n; i++)
      v[parent.groupOf[i]!]! += parent.toGroup[i * m + parent.groupOf[i]!]! / 2;
  }
  for (let round = 0; round < m; round++) {
    const p = random.int(2);
    const mine = left[p]!;
    const v = value[p]!;
    let g = -1;
    for (let h = 0; h < m; h++) if (v[h]! > -Infinity && (g < 0 || v[h]! > v[g]!)) g = h;
    let count = 0;
    for (let i = 0; i < n; i++) if (mine[i] === g) members[count++] = i;
    v[g] = -Infinity;
    let fitting = 0;
    let largest = -1;
    for (let t = 0; t < m; t++) {
      if (usedLabel[t]) continue;
      if (upper[t]! >= count) labels[fitting++] = t;
      if (largest < 0 || upper[t]! > upper[largest]!) largest = t;
    }
    const label = fitting > 0 ? labels[random.int(fitting)]! : largest;
    usedLabel[label] = 1;
    // Too many for every free label: keep a random upper[label] of them.
    for (let keep = count; keep > upper[label]!; keep--) {
      const k = random.int(keep);
      members[k] = members[keep - 1]!;
      count--;
    }
    for (let k = 0; k < count; k++) {
      const e = members[k]!;
      child[e] = label;
      childSize[label]!++;
      // Take e out of both parents' remaining groups (and their values).
      for (let q = 0; q < 2; q++) {
        const rest = left[q]!;
        const h = rest[e]!;
        rest[e] = -1;
        if (value[q]![h] === -Infinity) continue;
        let loss = 0;
        for (let j = 0; j < n; j++) if (rest[j] === h) loss += d[e * n + j]!;
        value[q]![h]! -= loss;
      }
    }
  }
  // Sums of the unplaced elements to each group of the child.
  childSum.fill(0);
  let unplaced = 0;
  for (let i = 0; i < n; i++) {
    if (child[i]! >= 0) continue;
    order[unplaced++] = i;
    for (let j = 0; j < n; j++) if (child[j]! >= 0) childSum[i * m + child[j]!]! += d[i * n + j]!;
  }
  let deficit = 0;
  for (let t = 0; t < m; t++) deficit += Math.max(0, lower[t]! - childSize[t]!);
  // Too few left for the lower bounds: take random members back from groups above theirs.
  while (unplaced < deficit) {
    let e = random.int(n);
    while (child[e]! < 0 || childSize[child[e]!]! <= lower[child[e]!]!) e = (e + 1) % n;
    const t = child[e]!;
    child[e] = -1;
    childSize[t]!--;
    for (let k = 0; k < unplaced; k++) childSum[order[k]! * m + t]! -= d[order[k]! * n + e]!;
    for (let h = 0; h < m; h++) childSum[e * m + h] = 0;
    for (let j = 0; j < n; j++) if (child[j]! >= 0) childSum[e * m + child[j]!]! += d[e * n + j]!;
    order[unplaced++] = e;
    if (childSize[t]! < lower[t]!) deficit++;
  }
  // Random order, then each where it adds most (groups short of their lower bound first).
  for (let k = unplaced - 1; k > 0; k--) {
    const j = random.int(k + 1);
    const tmp = order[k]!;
    order[k] = order[j]!;
    order[j] = tmp;
  }
  for (let k = 0; k < unplaced; k++) {
    const i = order[k]!;
    const onlyShort = unplaced - k <= deficit;
    let target = -1;
    for (let t = 0; t < m; t++) {
      if (childSize[t]! >= upper[t]! || (onlyShort && childSize[t]! >= lower[t]!)) continue;
      if (target < 0 || childSum[i * m + t]! > childSum[i * m + target]!) target = t;
    }
    child[i] = target;
    if (childSize[target]! < lower[target]!) deficit--;
    childSize[target]!++;
    for (let l = k + 1; l < unplaced; l++)
      childSum[order[l]! * m + target]! += d[order[l]! * n + i]!;
  }
  return child;
}

/**
 * A three-phase memetic search for the maximally diverse grouping problem after TPSDP (Yang,
 * Cai, Lai, Lü et al. 2022, "A three-phase search approach with dynamic population size for
 * the MDGP", EJOR 302(3)). Each generation, every member of the population goes through
 * (1) an undirected perturbation of strength θ·n/m and a descent, (2) a group-based crossover
 * with another member, whose descended offspring replaces it when at least as good, and
 * (3) a directed perturbation and a descent; then (4) a tabu search from the best member (not
 * in TPSDP, which only descends: on Geo instances it finds groupings above TPSDP's best). θ falls from 1.2 to 0.1 (n > 400: 2.0 to 1.0) and
 * the population from 15 to 2 (n > 400: 1) as the run goes on, from wide exploration to
 * intensification around few good solutions. Moves are evaluated in O(1) on flat arrays
 * (MoveState); one-moves let `ds` bounds change group sizes. Effort is the number of move
 * evaluations, so seed and budget fix the result; an optional deadline stops it early (the
 * schedules then follow the clock).
 */
export function solveMdgpMemetic(instance: MdgpInstance, options: MdgpOptions): MdgpSolution {
  const { n, m, lower, upper } = instance;
  const sumLower = lower.reduce((s, a) => s + a, 0);
  const sumUpper = upper.reduce((s, b) => s + b, 0);
  if (n < sumLower || n > sumUpper) throw new RangeError('No assignment meets the group bounds.');
  const random = createRandom(options.seed);
  const effort = new Effort(options);
  const state = new MoveState(instance);
  const canChangeSizes = lower.some((a, g) => a !== upper[g]);
  const small = n <= 400;
  const [thetaStart, thetaEnd] = small ? [1.2, 0.1] : [2.0, 1.0];
  const populationEnd = small ? 2 : 1;

  const best = new Int32Array(n);
  let bestObjective = -Infinity;
  const consider = (): void => {
    if (state.objective > bestObjective + EPSILON) {
      bestObjective = state.objective;
      best.set(state.groupOf);
      effort.record(bestObjective);
    }
  };

  const members = Array.from({ length: POPULATION_START }, () => new MoveSnapshot(n, m));
  const offspring = Array.from({ length: POPULATION_START }, () => new MoveSnapshot(n, m));
  const directed = directedScratch(m);
  const crossing = crossoverScratch(n, m);
  const tabu = new Int32Array(n * m);
  const tabuBest = new Int32Array(n);
  // Tabu depth: n steps without a new best (as in the previous memetic search).
  const stall = Math.max(20, n);
  const start = new Int32Array(n);
  let size = 0;
  while (size < POPULATION_START && !effort.stopped) {
    randomStart(state, random, start);
    state.load(start);
    localSearch(state, effort, canChangeSizes);
    consider();
    state.save(members[size++]!);
  }
  while (!effort.stopped && size > 0) {
    const progress = effort.progress();
    const theta = thetaStart + (thetaEnd - thetaStart) * progress;
    const strength = Math.max(1, Math.round((theta * n) / m));
    // (1) Undirected perturbation and descent; the result replaces the member.
    for (let k = 0; k < size && !effort.stopped; k++) {
      state.restore(members[k]!);
      perturbRandomly(state, random, effort, strength, canChangeSizes);
      localSearch(state, effort, canChangeSizes);
      consider();
      state.save(members[k]!);
    }
    // (2) Crossover with another member; the offspring replaces the member if not worse.
    if (size > 1) {
      for (let k = 0; k < size && !effort.stopped; k++) {
        let other = random.int(size - 1);
        if (other >= k) other++;
        state.load(crossover(state, [members[k]!, members[other]!], random, effort, crossing));
        localSearch(state, effort, canChangeSizes);
        consider();
        state.save(offspring[k]!);
      }
      for (let k = 0; k < size && !effort.stopped; k++) {
        if (offspring[k]!.objective >= members[k]!.objective) {
          const swap = members[k]!;
          members[k] = offspring[k]!;
          offspring[k] = swap;
        }
      }
    }
    // (3) Directed perturbation and descent; the result replaces the member.
    for (let k = 0; k < size && !effort.stopped; k++) {
      state.restore(members[k]!);
      for (let round = 0; round < DIRECTED_ROUNDS; round++)
        perturbDirected(state, directed, effort);
      localSearch(state, effort, canChangeSizes);
      consider();
      state.save(members[k]!);
    }
    // (4) Tabu search from the best member: the descents stop at the first local optimum,
    // tabu search walks on across plateaus (it finds much better groupings on Geo instances).
    if (TABU_ON_BEST && !effort.stopped) {
      let top = 0;
      for (let k = 1; k < size; k++) if (members[k]!.objective > members[top]!.objective) top = k;
      state.restore(members[top]!);
      tabuSearch(state, random, effort, stall, tabu, tabuBest);
      consider();
      if (state.objective > members[top]!.objective + EPSILON) state.save(members[top]!);
    }
    // (5) The population shrinks with progress; the best members stay.
    const sorted = members.slice(0, size).sort((a, b) => b.objective - a.objective);
    for (let k = 0; k < size; k++) members[k] = sorted[k]!;
    size = Math.min(
      size,
      Math.max(
        populationEnd,
        Math.round(POPULATION_START + (populationEnd - POPULATION_START) * effort.progress()),
      ),
    );
  }
  if (bestObjective === -Infinity) {
    // Not even one start fitted in the budget: a random feasible assignment.
    randomStart(state, random, start);
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
