import { scoreGroup } from './group-score.ts';
import type { MatchModel } from './model.ts';
import { compatible, fitsBucket } from './model-queries.ts';

/** A group under construction: topic and slot are fixed, members change. */
export interface WorkGroup {
  topic: number;
  slot: number;
  members: number[];
  /** Index into input.cases, or -1. */
  caseIndex: number;
  /** The case owner (pinned: never moved out), or -1. */
  owner: number;
  score: number;
}

/** The mutable assignment the constructive phase, the repair and the local search share. */
export interface SearchState {
  model: MatchModel;
  groups: WorkGroup[];
  /** Group index per person, -1 when not matched. */
  personGroup: Int32Array;
  /** Group indices per bucket (topic * slotCount + slot). */
  groupsByBucket: Map<number, number[]>;
  caseUsed: Uint8Array;
}

/** An empty assignment for a model. */
export function createState(model: MatchModel): SearchState {
  return {
    model,
    groups: [],
    personGroup: new Int32Array(model.n).fill(-1),
    groupsByBucket: new Map(),
    caseUsed: new Uint8Array(model.input.cases.length),
  };
}

/** Gives group g a case when a member owns a fitting one, then recomputes its score. */
export function rescore(state: SearchState, g: number): number {
  const group = state.groups[g]!;
  attachCase(state, g);
  group.score = scoreGroup(
    state.model,
    group.topic,
    group.members,
    group.members.length,
    group.caseIndex >= 0,
  );
  return group.score;
}

/** Opens a group with the given members; returns its index. */
export function openGroup(
  state: SearchState,
  topic: number,
  slot: number,
  members: number[],
): number {
  const g = state.groups.length;
  state.groups.push({ topic, slot, members: [...members], caseIndex: -1, owner: -1, score: 0 });
  for (const p of members) state.personGroup[p] = g;
  const bucket = topic * state.model.slotCount + slot;
  const list = state.groupsByBucket.get(bucket);
  if (list) list.push(g);
  else state.groupsByBucket.set(bucket, [g]);
  attachCase(state, g);
  rescore(state, g);
  return g;
}

/** Adds p to group g (no checks). */
export function addMember(state: SearchState, g: number, p: number): void {
  state.groups[g]!.members.push(p);
  state.personGroup[p] = g;
}

/** Removes p from group g (no checks). */
export function removeMember(state: SearchState, g: number, p: number): void {
  const members = state.groups[g]!.members;
  members.splice(members.indexOf(p), 1);
  state.personGroup[p] = -1;
}

/**
 * True when p may join group g in place of member `except` (-1: in addition): p has the
 * topic and the slot, and is compatible with every other member.
 */
export function canJoin(state: SearchState, p: number, g: number, except = -1): boolean {
  const { model } = state;
  const group = state.groups[g]!;
  if (!fitsBucket(model, p, group.topic, group.slot)) return false;
  for (const m of group.members) {
    if (m !== except && m !== p && !compatible(model, p, m)) return false;
  }
  return true;
}

/** An unused ready case of person p on topic t, or -1. */
export function unusedCaseOf(state: SearchState, p: number, t: number): number {
  const { model } = state;
  for (let k = model.caseStart[p]!; k < model.caseStart[p + 1]!; k++) {
    const c = model.caseOf[k]!;
    if (state.caseUsed[c] === 0 && model.caseTopic[c] === t) return c;
  }
  return -1;
}

/** True when group g, with `members` instead of its own, has or would get a case. */
export function hasOrGetsCase(state: SearchState, g: number, members: number[]): boolean {
  const group = state.groups[g]!;
  if (group.caseIndex >= 0) return true;
  return members.some((p) => unusedCaseOf(state, p, group.topic) >= 0);
}

/** Gives group g a case of one of its members when it has none; the owner becomes pinned. */
export function attachCase(state: SearchState, g: number): void {
  const group = state.groups[g]!;
  if (group.caseIndex >= 0) return;
  for (const p of group.members) {
    const c = unusedCaseOf(state, p, group.topic);
    if (c < 0) continue;
    group.caseIndex = c;
    group.owner = p;
    state.caseUsed[c] = 1;
    return;
  }
}

/** Sum of all group scores. */
export function objective(state: SearchState): number {
  let total = 0;
  for (const group of state.groups) total += group.score;
  return total;
}
