import { growGreedily, targetSize } from './construct.ts';
import { scoreGroup } from './group-score.ts';
import { bucketsOf, compatible } from './model-queries.ts';
import {
  addMember,
  canJoin,
  hasOrGetsCase,
  openGroup,
  removeMember,
  rescore,
  unusedCaseOf,
  type SearchState,
} from './search-state.ts';

/** Limits the groups looked at per person, so a pathological pool stays fast. */
const MAX_GROUPS_PER_PERSON = 400;

const unmatched = (state: SearchState): number[] =>
  Array.from(state.model.order).filter((p) => state.personGroup[p] === -1);

/**
 * Absorbs people the constructive start left out, so odd numbers are absorbed by group
 * sizes: (1) join a group with room; (2) form a new group with other leftovers, borrowing
 * members from groups above the minimum size; (3) join a full group whose member moves on
 * to another group with room. Each step keeps every hard rule.
 */
export function repair(state: SearchState): void {
  insertLeftovers(state);
  formWithDonors(state);
  ejectIntoFullGroups(state);
  insertLeftovers(state);
}

/** Puts each leftover, longest waiting first, into the compatible group with room that gains most. */
export function insertLeftovers(state: SearchState): void {
  const { model } = state;
  for (const p of unmatched(state)) {
    let best = -1;
    let bestGain = -Infinity;
    let looked = 0;
    for (const bucket of bucketsOf(model, p)) {
      for (const g of state.groupsByBucket.get(bucket) ?? []) {
        if (++looked > MAX_GROUPS_PER_PERSON) break;
        const group = state.groups[g]!;
        if (group.members.length >= model.maxSize || !canJoin(state, p, g)) continue;
        const members = [...group.members, p];
        const hasCase = hasOrGetsCase(state, g, members);
        const gain = scoreGroup(model, group.topic, members, members.length, hasCase) - group.score;
        if (gain > bestGain) {
          bestGain = gain;
          best = g;
        }
      }
    }
    if (best >= 0) {
      addMember(state, best, p);
      rescore(state, best);
    }
  }
}

function formWithDonors(state: SearchState): void {
  const { model } = state;
  const leftovers = unmatched(state);
  const byBucket = new Map<number, number[]>();
  for (const p of leftovers) {
    for (const bucket of bucketsOf(model, p)) {
      const list = byBucket.get(bucket);
      if (list) list.push(p);
      else byBucket.set(bucket, [p]);
    }
  }
  for (const p of leftovers) {
    if (state.personGroup[p] !== -1) continue;
    const buckets = bucketsOf(model, p).sort(
      (a, b) => (byBucket.get(b)?.length ?? 0) - (byBucket.get(a)?.length ?? 0) || a - b,
    );
    for (const bucket of buckets) {
      const topic = Math.floor(bucket / model.slotCount);
      const others = (byBucket.get(bucket) ?? []).filter(
        (q) => q !== p && state.personGroup[q] === -1,
      );
      const ownsCase = (q: number): boolean => unusedCaseOf(state, q, topic) >= 0;
      const members = growGreedily(model, topic, [p], others, targetSize(model), ownsCase);
      const donors = members.length < model.minSize ? findDonors(state, bucket, members) : [];
      if (members.length + donors.length < model.minSize) continue;
      for (const { g, d } of donors) {
        removeMember(state, g, d);
        rescore(state, g);
        members.push(d);
      }
      openGroup(state, topic, bucket % model.slotCount, members);
      break;
    }
  }
}

/** Members of groups above the minimum in a bucket that could complete `members`. */
function findDonors(
  state: SearchState,
  bucket: number,
  members: number[],
): { g: number; d: number }[] {
  const { model } = state;
  const donors: { g: number; d: number }[] = [];
  const chosen = [...members];
  for (const g of state.groupsByBucket.get(bucket) ?? []) {
    const group = state.groups[g]!;
    let spare = group.members.length - model.minSize;
    for (const d of group.members) {
      if (chosen.length >= model.minSize || spare <= 0) break;
      if (d === group.owner || !chosen.every((m) => compatible(model, m, d))) continue;
      donors.push({ g, d });
      chosen.push(d);
      spare--;
    }
    if (chosen.length >= model.minSize) return donors;
  }
  return [];
}

function ejectIntoFullGroups(state: SearchState): void {
  const { model } = state;
  for (const p of unmatched(state)) {
    let looked = 0;
    search: for (const bucket of bucketsOf(model, p)) {
      for (const g of state.groupsByBucket.get(bucket) ?? []) {
        if (++looked > MAX_GROUPS_PER_PERSON) break search;
        const group = state.groups[g]!;
        const conflicts = group.members.filter((m) => !compatible(model, p, m));
        if (conflicts.length > 1) continue;
        const movable = conflicts.length === 1 ? conflicts : group.members;
        for (const m of movable) {
          if (m === group.owner) continue;
          const target = groupWithRoomFor(state, m, g);
          if (target < 0) continue;
          removeMember(state, g, m);
          addMember(state, target, m);
          addMember(state, g, p);
          rescore(state, g);
          rescore(state, target);
          break search;
        }
      }
    }
  }
}

/** A group other than `except` with room that m can join, or -1. */
function groupWithRoomFor(state: SearchState, m: number, except: number): number {
  const { model } = state;
  let looked = 0;
  for (const bucket of bucketsOf(model, m)) {
    for (const g of state.groupsByBucket.get(bucket) ?? []) {
      if (++looked > MAX_GROUPS_PER_PERSON) return -1;
      if (g !== except && state.groups[g]!.members.length < model.maxSize && canJoin(state, m, g))
        return g;
    }
  }
  return -1;
}
