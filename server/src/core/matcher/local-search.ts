import { scoreGroup } from './group-score.ts';
import { bucketsOf } from './model-queries.ts';
import type { Random } from './random.ts';
import {
  addMember,
  canJoin,
  hasOrGetsCase,
  removeMember,
  rescore,
  type SearchState,
} from './search-state.ts';
import type { MatchDeadline } from './types.ts';

const EPSILON = 1e-9;
/** How often (in attempts) the optional deadline is consulted. */
const DEADLINE_EVERY = 1024;
/** How often (in attempts) progress is reported. */
const PROGRESS_EVERY = 16_384;

export interface SearchOutcome {
  iterations: number;
  improvements: number;
  stoppedBy: 'budget' | 'deadline';
}

/**
 * Improves the assignment with random moves under the hard rules, accepting only strict
 * improvements: pull someone who fits a group into it (taking a free seat, or swapping with a
 * member who fits their group, or replacing a member when they were left out), or let a
 * leftover take a member's place or a free seat.
 * Every attempt counts against the budget, so budget and seed fix the result.
 */
export function localSearch(
  state: SearchState,
  random: Random,
  budget: number,
  deadline?: MatchDeadline,
  progress: (iterations: number) => void = () => {},
): SearchOutcome {
  const leftovers = Array.from(state.model.order).filter((p) => state.personGroup[p] === -1);
  const started = deadline?.clock() ?? 0;
  let improvements = 0;
  let iterations = 0;
  if (state.groups.length === 0) return { iterations, improvements, stoppedBy: 'budget' };
  for (; iterations < budget; iterations++) {
    if (
      deadline &&
      iterations % DEADLINE_EVERY === 0 &&
      deadline.clock() - started > deadline.maxMs
    ) {
      return { iterations, improvements, stoppedBy: 'deadline' };
    }
    if (iterations % PROGRESS_EVERY === 0 && iterations > 0) progress(iterations);
    const roll = random.float();
    let improved: boolean;
    if (leftovers.length > 0 && roll < 0.1) improved = tryLeftover(state, random, leftovers);
    else improved = tryPull(state, random, leftovers);
    if (improved) improvements++;
  }
  return { iterations, improvements, stoppedBy: 'budget' };
}

function randomMovable(state: SearchState, random: Random, g: number): number {
  const group = state.groups[g]!;
  const p = group.members[random.int(group.members.length)]!;
  return p === group.owner ? -1 : p;
}

function scoreWith(state: SearchState, g: number, out: number, into: number): number {
  const group = state.groups[g]!;
  const members = group.members.filter((m) => m !== out);
  if (into >= 0) members.push(into);
  return scoreGroup(
    state.model,
    group.topic,
    members,
    members.length,
    hasOrGetsCase(state, g, members),
  );
}

/**
 * Pulls a random person q who fits group g1 (same topic, free at its slot) into it: a free
 * seat is simply taken; otherwise q swaps with a random member of g1, provided that member
 * fits q's group (or q was not matched, and the member steps out).
 */
function tryPull(state: SearchState, random: Random, leftovers: number[]): boolean {
  const { model } = state;
  const g1 = random.int(state.groups.length);
  const group1 = state.groups[g1]!;
  const bucket = group1.topic * model.slotCount + group1.slot;
  const from = model.bucketStart[bucket]!;
  const q = model.bucketPersons[from + random.int(model.bucketStart[bucket + 1]! - from)]!;
  const g2 = state.personGroup[q]!;
  if (g2 === g1 || (g2 >= 0 && state.groups[g2]!.owner === q)) return false;
  const size2 = g2 >= 0 ? state.groups[g2]!.members.length : 0;
  if (group1.members.length < model.maxSize && (g2 < 0 || size2 > model.minSize)) {
    return applyIfBetter(state, g1, -1, g2, q);
  }
  const a = randomMovable(state, random, g1);
  if (a < 0) return false;
  if (g2 >= 0 && !canJoin(state, a, g2, q)) return false;
  const applied = applyIfBetter(state, g1, a, g2, q);
  if (applied && g2 < 0) leftovers.push(a);
  return applied;
}

/**
 * Moves q from g2 (or from the leftovers when g2 < 0) into g1, and a (unless -1) from g1
 * into g2 (or out), when that raises the objective and q fits g1 without a.
 */
function applyIfBetter(state: SearchState, g1: number, a: number, g2: number, q: number): boolean {
  if (!canJoin(state, q, g1, a)) return false;
  const group1 = state.groups[g1]!;
  let before = group1.score;
  let after = scoreWith(state, g1, a, q);
  if (g2 >= 0) {
    before += state.groups[g2]!.score;
    after += scoreWith(state, g2, q, a);
  }
  if (after <= before + EPSILON) return false;
  if (a >= 0) removeMember(state, g1, a);
  if (g2 >= 0) removeMember(state, g2, q);
  addMember(state, g1, q);
  if (g2 >= 0 && a >= 0) addMember(state, g2, a);
  rescore(state, g1);
  if (g2 >= 0) rescore(state, g2);
  return true;
}

function tryLeftover(state: SearchState, random: Random, leftovers: number[]): boolean {
  const slot = random.int(leftovers.length);
  const p = leftovers[slot]!;
  if (state.personGroup[p] !== -1) {
    leftovers.splice(slot, 1);
    return false;
  }
  const buckets = bucketsOf(state.model, p);
  const groups = state.groupsByBucket.get(buckets[random.int(buckets.length)] ?? -1);
  if (!groups || groups.length === 0) return false;
  const g = groups[random.int(groups.length)]!;
  const group = state.groups[g]!;
  const hasRoom = group.members.length < state.model.maxSize;
  const out = hasRoom ? -1 : randomMovable(state, random, g);
  if ((!hasRoom && out < 0) || !canJoin(state, p, g, out)) return false;
  if (scoreWith(state, g, out, p) <= group.score + EPSILON) return false;
  if (out >= 0) removeMember(state, g, out);
  addMember(state, g, p);
  rescore(state, g);
  if (out >= 0) leftovers[slot] = out;
  else leftovers.splice(slot, 1);
  return true;
}
