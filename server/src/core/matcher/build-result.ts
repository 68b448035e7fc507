import { explainGroup } from './explain-group.ts';
import { explainLeftOut, type GroupObstacles } from './explain-left-out.ts';
import { PART_COUNT, scoreGroup } from './group-score.ts';
import type { MatchModel } from './model.ts';
import { avoidsEither, bucketsOf, isExpert } from './model-queries.ts';
import { relationIndex } from './relations.ts';
import type { SearchState, WorkGroup } from './search-state.ts';
import { SCORE_PART_NAMES } from './settings.ts';
import type { LeftOutReason, MatchGroup, MatchResult, MemberRole, ScoreParts } from './types.ts';

/** Turns an unweighted parts array into named parts. */
export function namedParts(parts: Float64Array): ScoreParts {
  return Object.fromEntries(SCORE_PART_NAMES.map((name, k) => [name, parts[k] ?? 0])) as ScoreParts;
}

/**
 * Members in display order with roles: the case owner first, then the suggested facilitator
 * (someone 'ervaren' on the topic, preferably with sessions behind them), then the others.
 */
export function assignRoles(
  model: MatchModel,
  group: WorkGroup,
): { id: string; role: MemberRole }[] {
  const pool = model.input.pool;
  const others = group.members.filter((m) => m !== group.owner);
  const rank = (m: number): number =>
    (isExpert(model, m, group.topic) ? 0 : 2) + (pool[m]!.lastSessionAt === null ? 1 : 0);
  others.sort((a, b) => rank(a) - rank(b) || (pool[a]!.id < pool[b]!.id ? -1 : 1));
  const roles: { id: string; role: MemberRole }[] = [];
  if (group.owner >= 0) roles.push({ id: pool[group.owner]!.id, role: 'case-owner' });
  others.forEach((m, k) =>
    roles.push({ id: pool[m]!.id, role: k === 0 ? 'facilitator' : 'member' }),
  );
  return roles;
}

/** Pairs in a group who met before (and did not ask to again), and pairs who asked to spar again. */
export function groupPairs(
  model: MatchModel,
  members: number[],
): { metPairs: number; sparPairs: number } {
  const { relations } = model;
  let metPairs = 0;
  let sparPairs = 0;
  members.forEach((a, i) => {
    for (const b of members.slice(i + 1)) {
      const r = relationIndex(relations, a, b);
      if (r >= 0 && relations.sparAgain[r] === 1) sparPairs++;
      else if (r >= 0) metPairs++;
    }
  });
  return { metPairs, sparPairs };
}

function outputGroup(model: MatchModel, group: WorkGroup): MatchGroup {
  const { input } = model;
  const parts = new Float64Array(PART_COUNT);
  const total = scoreGroup(
    model,
    group.topic,
    group.members,
    group.members.length,
    group.caseIndex >= 0,
    parts,
  );
  const { metPairs, sparPairs } = groupPairs(model, group.members);
  const topic = input.topics[group.topic]!;
  const slot = input.slots[group.slot]!;
  return {
    topic: topic.slug,
    slotId: slot.id,
    caseId: group.caseIndex >= 0 ? input.cases[group.caseIndex]!.id : null,
    members: assignRoles(model, group),
    explanation: explainGroup({
      topic,
      members: group.members.map((m) => input.pool[m]!),
      metPairs,
      sparPairs,
      slotStartMs: Date.parse(slot.startsAt),
    }),
    score: { total, parts: namedParts(parts) },
  };
}

/**
 * The groups on p's topics at p's times, and why each could not take p: full, someone of p's
 * municipality or organisation, or an organisation p avoids or that avoids p's.
 */
function groupObstacles(state: SearchState, p: number): GroupObstacles {
  const { model } = state;
  const o: GroupObstacles = { groups: 0, full: 0, municipality: 0, organisation: 0, avoided: 0 };
  for (const bucket of bucketsOf(model, p)) {
    for (const g of state.groupsByBucket.get(bucket) ?? []) {
      const members = state.groups[g]!.members;
      if (members.length === 0) continue;
      o.groups++;
      if (members.length >= model.maxSize) o.full++;
      if (members.some((m) => model.municipality[m] === model.municipality[p])) o.municipality++;
      if (members.some((m) => model.organisation[m] === model.organisation[p])) o.organisation++;
      if (members.some((m) => avoidsEither(model, p, m))) o.avoided++;
    }
  }
  return o;
}

/** Why an eligible person stayed out: no peers at all, none at a shared time, or no fit. */
function leftOutReason(model: MatchModel, p: number): LeftOutReason {
  let peers = false;
  for (let ti = model.topicStart[p]!; ti < model.topicStart[p + 1]!; ti++) {
    if (model.topicEligible[model.topicOf[ti]!]! >= model.minSize) peers = true;
  }
  if (!peers) return 'no-peers-on-topic';
  const shared = bucketsOf(model, p).some(
    (b) => model.bucketStart[b + 1]! - model.bucketStart[b]! >= model.minSize,
  );
  return shared ? 'no-group-fits' : 'no-common-slot';
}

/** The groups (slot order, then topic) and every person left out, with explanations. */
export function buildGroupsAndLeftOut(state: SearchState): Pick<MatchResult, 'groups' | 'leftOut'> {
  const { model } = state;
  const { input } = model;
  const starts = input.slots.map((s) => Date.parse(s.startsAt));
  const groups = state.groups
    .filter((g) => g.members.length > 0)
    .map((g) => ({ g, out: outputGroup(model, g) }))
    .sort(
      (a, b) =>
        starts[a.g.slot]! - starts[b.g.slot]! || a.g.slot - b.g.slot || a.g.topic - b.g.topic,
    )
    .map(({ out }) => out);
  const leftOut = input.pool.flatMap((person, p) => {
    if (state.personGroup[p] !== -1) return [];
    const reason = model.ineligible[p] ?? leftOutReason(model, p);
    const facts = {
      reason,
      rules: model.slotRules[p]!,
      obstacles: reason === 'no-group-fits' ? groupObstacles(state, p) : null,
    };
    const explanation = explainLeftOut(person, facts, input.topics, input.settings.monthlyCap);
    return [{ id: person.id, reason, explanation }];
  });
  return { groups, leftOut };
}
