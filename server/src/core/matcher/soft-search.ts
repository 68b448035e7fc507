import { scoreGroup } from './group-score.ts';
import type { MatchModel } from './model.ts';
import { compatible, fitsBucket } from './model-queries.ts';
import type { Random } from './random.ts';
import type { SearchOutcome } from './local-search.ts';
import type { SearchState } from './search-state.ts';
import type { MatchDeadline } from './types.ts';

const EPSILON = 1e-9;
/** How often (in person steps) the optional deadline is consulted. */
const DEADLINE_EVERY = 256;
/** How often (in candidate groups looked at) progress is reported. */
const PROGRESS_EVERY = 16_384;
/** Candidate groups looked at per person step (sampled from the person's topics and slots). */
export const CANDIDATES_PER_STEP = 8;

/**
 * The assignment of a round on flat typed arrays, with the soft objective evaluated
 * incrementally: a move or swap rescores only the (at most two) groups it touches, each in
 * O(group size²) lookups (group sizes are bounded by the settings, 5 by default), with no
 * allocation. Hard rules are constraints: `moveDelta` and `swapDelta` answer NaN for a change
 * that would break one (size bounds, topic and slot fit, municipality, organisation,
 * avoided organisations; frequency and the monthly cap are already in the eligible slots),
 * so such a change is never made.
 */
export class SoftAssignment {
  readonly model: MatchModel;
  readonly groupCount: number;
  readonly width: number;
  readonly members: Int32Array;
  readonly size: Int32Array;
  readonly topic: Int32Array;
  readonly slot: Int32Array;
  readonly owner: Int32Array;
  readonly caseIndex: Int32Array;
  readonly score: Float64Array;
  readonly personGroup: Int32Array;
  readonly caseUsed: Uint8Array;
  /** Groups per bucket (CSR over topic * slotCount + slot). */
  readonly bucketGroupStart: Int32Array;
  readonly bucketGroups: Int32Array;
  private readonly scratch: Int32Array;
  private readonly state: SearchState;

  constructor(state: SearchState) {
    this.state = state;
    const { model } = state;
    this.model = model;
    this.groupCount = state.groups.length;
    this.width = model.maxSize + 1;
    const G = this.groupCount;
    this.members = new Int32Array(G * this.width);
    this.size = new Int32Array(G);
    this.topic = new Int32Array(G);
    this.slot = new Int32Array(G);
    this.owner = new Int32Array(G);
    this.caseIndex = new Int32Array(G);
    this.score = new Float64Array(G);
    this.personGroup = state.personGroup;
    this.caseUsed = state.caseUsed;
    this.scratch = new Int32Array(this.width);
    const bucketCount = model.topicCount * model.slotCount;
    this.bucketGroupStart = new Int32Array(bucketCount + 1);
    state.groups.forEach((group, g) => {
      this.size[g] = group.members.length;
      group.members.forEach((p, i) => (this.members[g * this.width + i] = p));
      this.topic[g] = group.topic;
      this.slot[g] = group.slot;
      this.owner[g] = group.owner;
      this.caseIndex[g] = group.caseIndex;
      this.bucketGroupStart[group.topic * model.slotCount + group.slot + 1]!++;
    });
    for (let b = 0; b < bucketCount; b++)
      this.bucketGroupStart[b + 1]! += this.bucketGroupStart[b]!;
    this.bucketGroups = new Int32Array(G);
    const fill = this.bucketGroupStart.slice(0, bucketCount);
    for (let g = 0; g < G; g++) {
      this.bucketGroups[fill[this.topic[g]! * model.slotCount + this.slot[g]!]!++] = g;
    }
    for (let g = 0; g < G; g++) this.score[g] = this.fullScore(g);
  }

  /** Sum of the group scores, as kept incrementally. */
  objective(): number {
    let total = 0;
    for (let g = 0; g < this.groupCount; g++) total += this.score[g]!;
    return total;
  }

  /** Group g's score recomputed from its members (the full re-score the increments match). */
  fullScore(g: number): number {
    const from = g * this.width;
    return scoreGroup(
      this.model,
      this.topic[g]!,
      this.members.subarray(from, from + this.size[g]!),
      this.size[g]!,
      this.caseIndex[g]! >= 0,
    );
  }

  private ownsUnusedCase(p: number, t: number): boolean {
    const { model } = this;
    for (let k = model.caseStart[p]!; k < model.caseStart[p + 1]!; k++) {
      const c = model.caseOf[k]!;
      if (this.caseUsed[c] === 0 && model.caseTopic[c] === t) return true;
    }
    return false;
  }

  /**
   * Score of group g with `out` (or nobody, -1) taken out and `into` (or nobody) put in at
   * the end: the scratch holds exactly the order `apply` will store, so the stored score is
   * bit-identical to the evaluated one.
   */
  private scoreReplaced(g: number, out: number, into: number): number {
    const from = g * this.width;
    const size = this.size[g]!;
    const t = this.topic[g]!;
    let count = 0;
    let hasCase = this.caseIndex[g]! >= 0;
    for (let i = 0; i < size; i++) {
      const m = this.members[from + i]!;
      if (m === out) continue;
      this.scratch[count++] = m;
      if (!hasCase && this.ownsUnusedCase(m, t)) hasCase = true;
    }
    if (into >= 0) {
      this.scratch[count++] = into;
      if (!hasCase && this.ownsUnusedCase(into, t)) hasCase = true;
    }
    return scoreGroup(this.model, t, this.scratch, count, hasCase);
  }

  /** True when p may sit in group g beside every member but `except`. */
  private fitsGroup(p: number, g: number, except: number): boolean {
    if (!fitsBucket(this.model, p, this.topic[g]!, this.slot[g]!)) return false;
    const from = g * this.width;
    for (let i = 0; i < this.size[g]!; i++) {
      const m = this.members[from + i]!;
      if (m !== except && !compatible(this.model, p, m)) return false;
    }
    return true;
  }

  private movable(p: number): boolean {
    const g = this.personGroup[p]!;
    return g < 0 || this.owner[g] !== p;
  }

  /**
   * Change of the objective when p (matched or not) moves into group g2, or NaN when a hard
   * rule forbids it (g2 full, p's group at its minimum, p a case owner, p not fitting g2).
   */
  moveDelta(p: number, g2: number): number {
    const g1 = this.personGroup[p]!;
    const { minSize, maxSize } = this.model;
    if (g1 === g2 || !this.movable(p) || this.size[g2]! >= maxSize) return NaN;
    if (g1 >= 0 && this.size[g1]! <= minSize) return NaN;
    if (!this.fitsGroup(p, g2, -1)) return NaN;
    let delta = this.scoreReplaced(g2, -1, p) - this.score[g2]!;
    if (g1 >= 0) delta += this.scoreReplaced(g1, p, -1) - this.score[g1]!;
    return delta;
  }

  /**
   * Change of the objective when p takes a's place in a's group and a takes p's (or is left
   * out, when p was not matched), or NaN when a hard rule forbids it.
   */
  swapDelta(p: number, a: number): number {
    const g1 = this.personGroup[p]!;
    const g2 = this.personGroup[a]!;
    if (g2 < 0 || g1 === g2 || !this.movable(p) || !this.movable(a)) return NaN;
    if (!this.fitsGroup(p, g2, a)) return NaN;
    if (g1 >= 0 && !this.fitsGroup(a, g1, p)) return NaN;
    let delta = this.scoreReplaced(g2, a, p) - this.score[g2]!;
    if (g1 >= 0) delta += this.scoreReplaced(g1, p, a) - this.score[g1]!;
    return delta;
  }

  private replace(g: number, out: number, into: number): void {
    const from = g * this.width;
    let count = 0;
    for (let i = 0; i < this.size[g]!; i++) {
      const m = this.members[from + i]!;
      if (m !== out) this.members[from + count++] = m;
    }
    // In a swap the person leaving g may already sit in the other group.
    if (out >= 0 && this.personGroup[out] === g) this.personGroup[out] = -1;
    if (into >= 0) {
      this.members[from + count++] = into;
      this.personGroup[into] = g;
    }
    this.size[g] = count;
  }

  /** Scores group g after a change; attaches a member's ready case first, as the result will. */
  private settle(g: number, scored: number): void {
    if (this.caseIndex[g]! < 0) {
      const { model } = this;
      const from = g * this.width;
      const t = this.topic[g]!;
      search: for (let i = 0; i < this.size[g]!; i++) {
        const p = this.members[from + i]!;
        for (let k = model.caseStart[p]!; k < model.caseStart[p + 1]!; k++) {
          const c = model.caseOf[k]!;
          if (this.caseUsed[c] === 0 && model.caseTopic[c] === t) {
            this.caseIndex[g] = c;
            this.owner[g] = p;
            this.caseUsed[c] = 1;
            break search;
          }
        }
      }
    }
    this.score[g] = scored;
  }

  /** Makes the move that `moveDelta(p, g2)` evaluated (which must not have been NaN). */
  applyMove(p: number, g2: number): void {
    const g1 = this.personGroup[p]!;
    const s2 = this.scoreReplaced(g2, -1, p);
    const s1 = g1 >= 0 ? this.scoreReplaced(g1, p, -1) : 0;
    if (g1 >= 0) this.replace(g1, p, -1);
    this.replace(g2, -1, p);
    this.settle(g2, s2);
    if (g1 >= 0) this.settle(g1, s1);
  }

  /** Makes the swap that `swapDelta(p, a)` evaluated (which must not have been NaN). */
  applySwap(p: number, a: number): void {
    const g1 = this.personGroup[p]!;
    const g2 = this.personGroup[a]!;
    const s2 = this.scoreReplaced(g2, a, p);
    const s1 = g1 >= 0 ? this.scoreReplaced(g1, p, a) : 0;
    this.replace(g2, a, p);
    if (g1 >= 0) this.replace(g1, p, a);
    this.settle(g2, s2);
    if (g1 >= 0) this.settle(g1, s1);
  }

  /** A random group in one of p's buckets (a random topic and eligible slot of p), or -1. */
  randomGroupFor(p: number, random: Random): number {
    const { model } = this;
    const topics = model.topicStart[p + 1]! - model.topicStart[p]!;
    const slots = model.slotStart[p + 1]! - model.slotStart[p]!;
    if (topics === 0 || slots === 0) return -1;
    const t = model.topicOf[model.topicStart[p]! + random.int(topics)]!;
    const s = model.slotOf[model.slotStart[p]! + random.int(slots)]!;
    const bucket = t * model.slotCount + s;
    const from = this.bucketGroupStart[bucket]!;
    const count = this.bucketGroupStart[bucket + 1]! - from;
    return count === 0 ? -1 : this.bucketGroups[from + random.int(count)]!;
  }

  /** Writes the assignment back into the search state's groups. */
  writeBack(): void {
    this.state.groups.forEach((group, g) => {
      const from = g * this.width;
      group.members = Array.from(this.members.subarray(from, from + this.size[g]!));
      group.owner = this.owner[g]!;
      group.caseIndex = this.caseIndex[g]!;
      group.score = this.score[g]!;
    });
  }
}

/**
 * Improves the soft objective of an assignment by descent over one-moves and swaps, hard
 * rules as constraints. Each step takes the next eligible person (in a seeded random order,
 * over and over), looks at `CANDIDATES_PER_STEP` groups of theirs (random topic and slot),
 * and makes the best change that does not lower the objective among: moving into the group, and swapping with each
 * member (a person left out swaps by taking the member's place). Every candidate group counts
 * one iteration against the budget, so seed and budget fix the result.
 */
export function softSearch(
  state: SearchState,
  random: Random,
  budget: number,
  deadline?: MatchDeadline,
  progress: (iterations: number, objective: number) => void = () => {},
): SearchOutcome {
  let iterations = 0;
  let improvements = 0;
  if (state.groups.length === 0) return { iterations, improvements, stoppedBy: 'budget' };
  const assignment = new SoftAssignment(state);
  const people = random.shuffle(Array.from(state.model.order));
  const started = deadline?.clock() ?? 0;
  const width = assignment.width;
  let nextProgress = PROGRESS_EVERY;
  let stoppedBy: SearchOutcome['stoppedBy'] = 'budget';
  for (let step = 0; iterations < budget; step++) {
    if (deadline && step % DEADLINE_EVERY === 0 && deadline.clock() - started > deadline.maxMs) {
      stoppedBy = 'deadline';
      break;
    }
    if (iterations >= nextProgress) {
      progress(iterations, assignment.objective());
      nextProgress += PROGRESS_EVERY;
    }
    const p = people[step % people.length]!;
    const g1 = assignment.personGroup[p]!;
    // Case owners stay put. The loop still ends: every group has at least two members and at
    // most one owner, so some person in `people` is not an owner and costs iterations.
    if (g1 >= 0 && assignment.owner[g1] === p) continue;
    // Sideways changes (delta 0) are taken too: the soft objective has wide plateaus (spread
    // counts distinct values), and walking them finds improvements a strict descent misses.
    let bestDelta = -EPSILON;
    let bestGroup = -1;
    let bestSwap = -1;
    for (let c = 0; c < CANDIDATES_PER_STEP && iterations < budget; c++) {
      iterations++;
      const g2 = assignment.randomGroupFor(p, random);
      if (g2 < 0 || g2 === g1) continue;
      const move = assignment.moveDelta(p, g2);
      if (move > bestDelta) {
        bestDelta = move;
        bestGroup = g2;
        bestSwap = -1;
      }
      const from = g2 * width;
      for (let i = 0; i < assignment.size[g2]!; i++) {
        const a = assignment.members[from + i]!;
        const swap = assignment.swapDelta(p, a);
        if (swap > bestDelta) {
          bestDelta = swap;
          bestGroup = g2;
          bestSwap = a;
        }
      }
    }
    if (bestGroup < 0) continue;
    if (bestSwap >= 0) assignment.applySwap(p, bestSwap);
    else assignment.applyMove(p, bestGroup);
    if (bestDelta > EPSILON) improvements++;
  }
  assignment.writeBack();
  return { iterations, improvements, stoppedBy };
}
