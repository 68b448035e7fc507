import { scoreGroup } from './group-score.ts';
import { bucketsOf } from './model.ts';
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

export interface SearchOutcome {
  iterations: number;
  improvements: number;
  stoppedBy: 'budget' | 'deadline';
}

/**
 * Improves the assignment with random moves under the hard rules, accepting only strict
 * improvements: swap two members of groups (usually in the same topic and slot), move a
 * member to a group with room, or let a leftover take a member's place (or a free seat).
 * Every attempt counts against the budget, so budget and seed fix the result.
 */
export function localSearch(
  state: SearchState,
  random: Random,
  budget: number,
  deadline?: MatchDeadline,
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
    const roll = random.float();
    let improved: boolean;
    if (leftovers.length > 0 && roll < 0.1) improved = tryLeftover(state, random, leftovers);
    else if (roll < 0.35) improved = tryMove(state, random);
    else improved = trySwap(state, random);
    if (improved) improvements++;
  }
  return { iterations, improvements, stoppedBy: 'budget' };
}

/** A random group in a random bucket of p (own bucket most of the time), or -1. */
function partnerGroup(state: SearchState, random: Random, p: number, own: number): number {
  const ownGroup = state.groups[own]!;
  let bucket = ownGroup.topic * state.model.slotCount + ownGroup.slot;
  if (random.float() < 0.2) {
    const buckets = bucketsOf(state.model, p);
    bucket = buckets[random.int(buckets.length)] ?? bucket;
  }
  const groups = state.groupsByBucket.get(bucket);
  if (!groups || groups.length === 0) return -1;
  const g = groups[random.int(groups.length)]!;
  return g === own ? -1 : g;
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

function trySwap(state: SearchState, random: Random): boolean {
  const g1 = random.int(state.groups.length);
  const a = randomMovable(state, random, g1);
  if (a < 0) return false;
  const g2 = partnerGroup(state, random, a, g1);
  if (g2 < 0) return false;
  const b = randomMovable(state, random, g2);
  if (b < 0 || !canJoin(state, a, g2, b) || !canJoin(state, b, g1, a)) return false;
  const before = state.groups[g1]!.score + state.groups[g2]!.score;
  const after = scoreWith(state, g1, a, b) + scoreWith(state, g2, b, a);
  if (after <= before + EPSILON) return false;
  removeMember(state, g1, a);
  removeMember(state, g2, b);
  addMember(state, g1, b);
  addMember(state, g2, a);
  rescore(state, g1);
  rescore(state, g2);
  return true;
}

function tryMove(state: SearchState, random: Random): boolean {
  const { model } = state;
  const g1 = random.int(state.groups.length);
  if (state.groups[g1]!.members.length <= model.minSize) return false;
  const a = randomMovable(state, random, g1);
  if (a < 0) return false;
  const g2 = partnerGroup(state, random, a, g1);
  if (g2 < 0 || state.groups[g2]!.members.length >= model.maxSize || !canJoin(state, a, g2))
    return false;
  const before = state.groups[g1]!.score + state.groups[g2]!.score;
  const after = scoreWith(state, g1, a, -1) + scoreWith(state, g2, -1, a);
  if (after <= before + EPSILON) return false;
  removeMember(state, g1, a);
  addMember(state, g2, a);
  rescore(state, g1);
  rescore(state, g2);
  return true;
}

function tryLeftover(state: SearchState, random: Random, leftovers: number[]): boolean {
  const slot = random.int(leftovers.length);
  const p = leftovers[slot]!;
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
