import { assignRoles, groupPairs, namedParts } from './build-result.ts';
import { explainGroup } from './explain-group.ts';
import { PART_COUNT, scoreGroup } from './group-score.ts';
import { buildModel, type MatchModel } from './model.ts';
import type { Bilingual, MatchInput, MatchResult, MemberRole, ScoreParts } from './types.ts';
import { validateResult, type HardRule } from './validate.ts';

/** A group of a proposal as the adjustments see it: plain ids, and whether it is locked. */
export interface ProposalGroup {
  topic: string;
  slotId: string;
  caseId: string | null;
  members: { id: string; role: MemberRole }[];
  locked: boolean;
}

/** The grouping of a proposal: the groups (addressed by index) and the ids of who is left out. */
export interface ProposalShape {
  groups: ProposalGroup[];
  leftOut: string[];
}

/** What a coordinator can do to a proposal by hand. */
export type Adjustment =
  | { kind: 'move'; personId: string; toGroup: number }
  | { kind: 'swap'; personId: string; otherId: string }
  | { kind: 'lock'; group: number; locked: boolean };

/** Why an adjustment is refused: a hard rule of the matcher, or the adjustment itself. */
export type RefusalRule =
  HardRule | 'locked-group' | 'same-group' | 'unknown-group' | 'not-in-proposal' | 'swap-left-out';

export interface Refusal {
  rule: RefusalRule;
  /** Index of the group the refusal is about, when there is one. */
  group: number | null;
  message: Bilingual;
}

export interface Score {
  total: number;
  parts: ScoreParts;
}

/** A group the adjustment changed, as it would be afterwards. */
export interface ChangedGroup {
  index: number;
  group: ProposalGroup;
  explanation: Bilingual;
  score: Score;
}

export interface AdjustOutcome {
  /** Empty when the adjustment is accepted; otherwise every reason it is refused. */
  refusals: Refusal[];
  /** The grouping afterwards (when refused: the grouping it would have given). */
  shape: ProposalShape;
  changed: ChangedGroup[];
  /** Objective of the touched groups before and after, and the difference (soft parts too). */
  before: Score;
  after: Score;
  delta: Score;
}

/** The hard rules in words a coordinator understands; {g} is the group number as shown. */
const RULE_TEXT: Record<RefusalRule, (g: number) => Bilingual> = {
  'group-size': (g) => ({
    nl: `Groepsgrootte: groep ${g} komt buiten de toegestane grootte van deze ronde.`,
    en: `Group size: group ${g} would fall outside this round's allowed size.`,
  }),
  'unknown-person': (g) => ({
    nl: `Onbekende deelnemer: iemand in groep ${g} zat niet in de pool van deze ronde.`,
    en: `Unknown participant: someone in group ${g} was not in this round's pool.`,
  }),
  'person-twice': (g) => ({
    nl: `Dubbel ingedeeld: iemand zou twee keer in een groep zitten (groep ${g}).`,
    en: `Placed twice: someone would be in a group twice (group ${g}).`,
  }),
  topic: (g) => ({
    nl: `Onderwerp: niet iedereen in groep ${g} heeft het onderwerp van die groep in het profiel.`,
    en: `Topic: not everyone in group ${g} has that group's topic in their profile.`,
  }),
  'same-municipality': (g) => ({
    nl: `Zelfde gemeente: in groep ${g} zouden twee mensen uit dezelfde gemeente zitten.`,
    en: `Same municipality: group ${g} would have two people from the same municipality.`,
  }),
  'same-organisation': (g) => ({
    nl: `Zelfde organisatie: in groep ${g} zouden twee mensen van dezelfde organisatie zitten.`,
    en: `Same organisation: group ${g} would have two people from the same organisation.`,
  }),
  'avoided-organisation': (g) => ({
    nl: `Uitgesloten organisatie: in groep ${g} zit iemand van een organisatie die een ander lid niet wil treffen.`,
    en: `Excluded organisation: group ${g} would have someone from an organisation another member asked not to meet.`,
  }),
  slot: (g) => ({
    nl: `Beschikbaarheid: niet iedereen in groep ${g} kan op het tijdstip van die groep.`,
    en: `Availability: not everyone in group ${g} is free at that group's time.`,
  }),
  frequency: (g) => ({
    nl: `Frequentie: iemand in groep ${g} had te kort geleden nog een sessie voor de gekozen frequentie.`,
    en: `Frequency: someone in group ${g} had a session too recently for their chosen frequency.`,
  }),
  'monthly-cap': (g) => ({
    nl: `Maandmaximum: iemand in groep ${g} heeft deze maand al het maximum aantal sessies.`,
    en: `Monthly cap: someone in group ${g} already has the maximum number of sessions this month.`,
  }),
  case: (g) => ({
    nl: `Casus: de casus van groep ${g} hoort niet bij die groep of haar inbrenger.`,
    en: `Case: the case of group ${g} does not fit that group or its owner.`,
  }),
  'not-accounted': () => ({
    nl: 'Niet verantwoord: iemand zou in geen groep en niet bij de niet-ingedeelden staan.',
    en: 'Not accounted for: someone would be neither in a group nor among those left out.',
  }),
  'locked-group': (g) => ({
    nl: `Vastgezet: groep ${g} is vastgezet. Maak hem eerst los om hem te veranderen.`,
    en: `Locked: group ${g} is locked. Unlock it first to change it.`,
  }),
  'same-group': (g) => ({
    nl: `Geen verandering: beide zitten al in groep ${g}.`,
    en: `No change: both are already in group ${g}.`,
  }),
  'unknown-group': () => ({
    nl: 'Deze groep bestaat niet (meer) in het voorstel. Laad het voorstel opnieuw.',
    en: 'This group does not exist (any more) in the proposal. Reload the proposal.',
  }),
  'not-in-proposal': () => ({
    nl: 'Deze persoon staat niet (meer) in het voorstel. Laad het voorstel opnieuw.',
    en: 'This person is not (any more) in the proposal. Reload the proposal.',
  }),
  'swap-left-out': () => ({
    nl: 'Wisselen kan alleen tussen twee mensen die in een groep zitten. Verplaats iemand die niet is ingedeeld naar een groep.',
    en: 'Only two people who are in groups can be swapped. Move someone who is left out into a group instead.',
  }),
};

const refusal = (rule: RefusalRule, group: number | null): Refusal => ({
  rule,
  group,
  message: RULE_TEXT[rule]((group ?? 0) + 1),
});

const ZERO: Score = { total: 0, parts: namedParts(new Float64Array(PART_COUNT)) };

/** Where a person is: the index of their group, -1 when left out, undefined when unknown. */
function placeOf(shape: ProposalShape, id: string): number | undefined {
  const g = shape.groups.findIndex((group) => group.members.some((m) => m.id === id));
  if (g >= 0) return g;
  return shape.leftOut.includes(id) ? -1 : undefined;
}

/**
 * Applies one adjustment to a proposal and judges it, looking only at the groups it touches
 * (a move touches two, a swap two, a lock none): the hard rules checked by the independent
 * validator, the explanations and the objective of those groups before and after. Scores and
 * checks of a group depend only on its own members (relations are pairs within the group),
 * so judging the touched groups on their own gives the same numbers as re-scoring the whole
 * proposal, at the cost of a handful of people instead of the pool. Pure.
 *
 * A case owner who moves out takes nothing along: their old group loses its case (which
 * stays ready for a later round), and roles are assigned again as the matcher assigns them.
 */
export function adjustProposal(
  input: MatchInput,
  shape: ProposalShape,
  adjustment: Adjustment,
): AdjustOutcome {
  if (adjustment.kind === 'lock') {
    const group = shape.groups[adjustment.group];
    if (!group) return refused(shape, [refusal('unknown-group', adjustment.group)]);
    const groups = shape.groups.map((g, i) =>
      i === adjustment.group ? { ...g, locked: adjustment.locked } : g,
    );
    return { refusals: [], shape: { ...shape, groups }, changed: [], ...noChange() };
  }
  const moves = plannedMoves(shape, adjustment);
  if ('refusals' in moves) return refused(shape, moves.refusals);

  const touched = [...new Set(moves.map((m) => m.to).concat(moves.map((m) => m.from)))]
    .filter((g) => g >= 0)
    .sort((a, b) => a - b);
  const locked = touched.filter((g) => shape.groups[g]!.locked);
  if (locked.length > 0)
    return refused(
      shape,
      locked.map((g) => refusal('locked-group', g)),
    );

  const movedIds = new Set(moves.map((m) => m.id));
  const groups = shape.groups.map((group, g): ProposalGroup => {
    if (!touched.includes(g)) return group;
    const leaving = group.members.filter((m) => movedIds.has(m.id));
    const ownerLeaves = leaving.some((m) => m.role === 'case-owner');
    const stay = group.members.filter((m) => !movedIds.has(m.id));
    const arriving = moves
      .filter((m) => m.to === g)
      .map((m): ProposalGroup['members'][number] => ({ id: m.id, role: 'member' }));
    return {
      ...group,
      caseId: ownerLeaves ? null : group.caseId,
      members: [...stay, ...arriving],
    };
  });
  const leftOut = shape.leftOut.filter((id) => !movedIds.has(id));
  const after: ProposalShape = { groups, leftOut };

  const people = new Set(touched.flatMap((g) => shape.groups[g]!.members.map((m) => m.id)));
  for (const id of movedIds) people.add(id);
  const sub: MatchInput = { ...input, pool: input.pool.filter((p) => people.has(p.id)) };
  const model = buildModel(sub);
  const index = new Map(sub.pool.map((p, i) => [p.id, i]));

  const changed = touched.map((g): ChangedGroup => {
    const group = withRoles(model, index, groups[g]!);
    groups[g] = group;
    return {
      index: g,
      group,
      explanation: explain(model, index, group),
      score: score(model, index, [group]),
    };
  });
  const before = score(
    model,
    index,
    touched.map((g) => shape.groups[g]!),
  );
  const afterScore = score(
    model,
    index,
    changed.map((c) => c.group),
  );
  const refusals = checkGroups(sub, touched, groups);
  return {
    refusals,
    shape: after,
    changed,
    before,
    after: afterScore,
    delta: difference(afterScore, before),
  };
}

/** Who goes where: from a group index (or -1, left out) to a group index. */
function plannedMoves(
  shape: ProposalShape,
  adjustment: Exclude<Adjustment, { kind: 'lock' }>,
): { id: string; from: number; to: number }[] | { refusals: Refusal[] } {
  const from = placeOf(shape, adjustment.personId);
  if (from === undefined) return { refusals: [refusal('not-in-proposal', null)] };
  if (adjustment.kind === 'move') {
    if (!shape.groups[adjustment.toGroup]) {
      return { refusals: [refusal('unknown-group', adjustment.toGroup)] };
    }
    if (from === adjustment.toGroup) return { refusals: [refusal('same-group', from)] };
    return [{ id: adjustment.personId, from, to: adjustment.toGroup }];
  }
  const other = placeOf(shape, adjustment.otherId);
  if (other === undefined) return { refusals: [refusal('not-in-proposal', null)] };
  if (other === from || adjustment.otherId === adjustment.personId) {
    return { refusals: [refusal('same-group', from)] };
  }
  // Someone left out joins a group by a move; a swap would need a reason to leave someone out.
  if (from === -1 || other === -1) return { refusals: [refusal('swap-left-out', null)] };
  return [
    { id: adjustment.personId, from, to: other },
    { id: adjustment.otherId, from: other, to: from },
  ];
}

function refused(shape: ProposalShape, refusals: Refusal[]): AdjustOutcome {
  return { refusals, shape, changed: [], ...noChange() };
}

function noChange(): Pick<AdjustOutcome, 'before' | 'after' | 'delta'> {
  return { before: ZERO, after: ZERO, delta: ZERO };
}

function difference(a: Score, b: Score): Score {
  const parts = { ...a.parts };
  for (const name of Object.keys(parts) as (keyof ScoreParts)[]) parts[name] -= b.parts[name];
  return { total: a.total - b.total, parts };
}

/** Work-group view of a proposal group on a model of its people. */
function workGroup(model: MatchModel, index: Map<string, number>, group: ProposalGroup) {
  const members = group.members.flatMap((m) => index.get(m.id) ?? []);
  const owner = group.members.find((m) => m.role === 'case-owner');
  return {
    topic: Math.max(
      0,
      model.input.topics.findIndex((t) => t.slug === group.topic),
    ),
    slot: Math.max(
      0,
      model.input.slots.findIndex((s) => s.id === group.slotId),
    ),
    members,
    caseIndex:
      group.caseId === null ? -1 : model.input.cases.findIndex((c) => c.id === group.caseId),
    owner: group.caseId !== null && owner ? (index.get(owner.id) ?? -1) : -1,
    score: 0,
  };
}

/** Roles as the matcher gives them: the case owner, then the suggested facilitator, then members. */
function withRoles(
  model: MatchModel,
  index: Map<string, number>,
  group: ProposalGroup,
): ProposalGroup {
  return { ...group, members: assignRoles(model, workGroup(model, index, group)) };
}

function explain(model: MatchModel, index: Map<string, number>, group: ProposalGroup): Bilingual {
  const work = workGroup(model, index, group);
  const { metPairs, sparPairs } = groupPairs(model, work.members);
  const slot = model.input.slots[work.slot]!;
  return explainGroup({
    topic: model.input.topics[work.topic]!,
    members: work.members.map((m) => model.input.pool[m]!),
    metPairs,
    sparPairs,
    slotStartMs: Date.parse(slot.startsAt),
  });
}

/** The matcher's objective over some groups, on a model that holds at least their members. */
function score(model: MatchModel, index: Map<string, number>, groups: ProposalGroup[]): Score {
  const parts = new Float64Array(PART_COUNT);
  const sum = new Float64Array(PART_COUNT);
  let total = 0;
  for (const group of groups) {
    const work = workGroup(model, index, group);
    total += scoreGroup(
      model,
      work.topic,
      work.members,
      work.members.length,
      group.caseId !== null,
      parts,
    );
    for (let k = 0; k < PART_COUNT; k++) sum[k]! += parts[k]!;
  }
  return { total, parts: namedParts(sum) };
}

/** The touched groups checked by the independent validator, on their own people. */
function checkGroups(sub: MatchInput, touched: number[], groups: ProposalGroup[]): Refusal[] {
  // Every person of `sub` is in a touched group afterwards: nobody is moved out to the left out.
  const result: Pick<MatchResult, 'groups' | 'leftOut'> = {
    groups: touched.map((g) => ({ ...groups[g]!, explanation: { nl: '', en: '' }, score: ZERO })),
    leftOut: [],
  };
  const seen = new Set<string>();
  return validateResult(sub, result).flatMap((v) => {
    const group = v.group === undefined ? null : touched[v.group]!;
    const key = `${v.rule}:${group}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [refusal(v.rule, group)];
  });
}

/** The shape of a matcher result, with no group locked. */
export function shapeOfResult(result: Pick<MatchResult, 'groups' | 'leftOut'>): ProposalShape {
  return {
    groups: result.groups.map((g) => ({
      topic: g.topic,
      slotId: g.slotId,
      caseId: g.caseId,
      members: g.members.map((m) => ({ id: m.id, role: m.role })),
      locked: false,
    })),
    leftOut: result.leftOut.map((p) => p.id),
  };
}
