import type {
  MatchCase,
  MatchGroup,
  MatchInput,
  MatchResult,
  MatchSlot,
  PoolPerson,
} from './types.ts';

/**
 * Independent check of a match result against the hard rules. Written apart from the
 * matcher (plain strings and dates, no shared indices), so a bug in the matcher's own
 * bookkeeping cannot hide here. Returns every broken rule; an empty list means valid.
 */
export type HardRule =
  | 'group-size'
  | 'unknown-person'
  | 'person-twice'
  | 'topic'
  | 'same-municipality'
  | 'same-organisation'
  | 'avoided-organisation'
  | 'slot'
  | 'frequency'
  | 'monthly-cap'
  | 'case'
  | 'not-accounted';

export interface Violation {
  rule: HardRule;
  message: string;
  /** Index into result.groups, when the violation belongs to a group. */
  group?: number;
}

const MS_PER_WEEK = 604_800_000;
const monthFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
});
const calendarMonth = (iso: string): string => monthFormat.format(new Date(iso));

/** Lists every hard rule the result breaks. */
export function validateResult(
  input: MatchInput,
  result: Pick<MatchResult, 'groups' | 'leftOut'>,
): Violation[] {
  const violations: Violation[] = [];
  const people = new Map(input.pool.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const caseUse = new Map<string, number>();
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const cases = new Map(input.cases.map((c) => [c.id, c]));
  result.groups.forEach((group, index) => {
    const report = (rule: HardRule, message: string): void => {
      violations.push({ rule, message, group: index });
    };
    const members: PoolPerson[] = [];
    for (const { id } of group.members) {
      const person = people.get(id);
      if (!person) report('unknown-person', `${id} is not in the pool`);
      else members.push(person);
      if (seen.has(id)) report('person-twice', `${id} is in more than one group or twice in one`);
      seen.set(id, index);
    }
    const { groupSizeMin, groupSizeMax } = input.settings;
    if (group.members.length < groupSizeMin || group.members.length > groupSizeMax) {
      report('group-size', `group has ${group.members.length} members`);
    }
    checkTopic(input, group, members, report);
    checkPairs(members, report);
    checkTime(input, slots.get(group.slotId), group, members, report);
    checkCase(cases, group, caseUse, index, report);
  });
  checkAccounted(input, result, seen, violations);
  return violations;
}

type Report = (rule: HardRule, message: string) => void;

function checkTopic(
  input: MatchInput,
  group: MatchGroup,
  members: PoolPerson[],
  report: Report,
): void {
  if (!input.topics.some((t) => t.slug === group.topic))
    report('topic', `unknown topic ${group.topic}`);
  for (const m of members) {
    if (!m.topics.some((t) => t.slug === group.topic))
      report('topic', `${m.id} lacks ${group.topic}`);
  }
}

function checkPairs(members: PoolPerson[], report: Report): void {
  for (const a of members) {
    for (const b of members) {
      if (a.id >= b.id) continue;
      if (a.municipalityCode === b.municipalityCode) {
        report('same-municipality', `${a.id} and ${b.id} share ${a.municipalityCode}`);
      }
      if (a.organisationId === b.organisationId) {
        report('same-organisation', `${a.id} and ${b.id} share ${a.organisationId}`);
      }
      if (
        a.avoidOrganisationIds.includes(b.organisationId) ||
        b.avoidOrganisationIds.includes(a.organisationId)
      ) {
        report('avoided-organisation', `${a.id} and ${b.id}: one avoids the other's organisation`);
      }
    }
  }
}

function checkTime(
  input: MatchInput,
  slot: MatchSlot | undefined,
  group: MatchGroup,
  members: PoolPerson[],
  report: Report,
): void {
  if (!slot) return report('slot', `unknown slot ${group.slotId}`);
  const start = new Date(slot.startsAt).getTime();
  if (start < new Date(input.settings.now).getTime())
    report('slot', `slot ${slot.id} lies in the past`);
  const slotMonth = calendarMonth(slot.startsAt);
  const nowMonth = calendarMonth(input.settings.now);
  for (const m of members) {
    if (!m.availableSlotIds.includes(slot.id)) report('slot', `${m.id} is not free at ${slot.id}`);
    if (m.lastSessionAt !== null) {
      const allowed = new Date(m.lastSessionAt).getTime() + m.frequencyWeeks * MS_PER_WEEK;
      if (start < allowed)
        report('frequency', `${m.id} is matched too soon after the last session`);
    }
    if (slotMonth === nowMonth && m.sessionsThisMonth >= input.settings.monthlyCap) {
      report('monthly-cap', `${m.id} already reached the monthly cap`);
    }
  }
}

function checkCase(
  cases: Map<string, MatchCase>,
  group: MatchGroup,
  caseUse: Map<string, number>,
  index: number,
  report: Report,
): void {
  const owners = group.members.filter((m) => m.role === 'case-owner');
  if (group.caseId === null) {
    if (owners.length > 0) report('case', 'a case owner without a case');
    return;
  }
  const theCase = cases.get(group.caseId);
  if (!theCase) return report('case', `unknown case ${group.caseId}`);
  if (caseUse.has(theCase.id)) report('case', `case ${theCase.id} is used by two groups`);
  caseUse.set(theCase.id, index);
  if (theCase.topic !== group.topic) report('case', `case ${theCase.id} is on another topic`);
  if (owners.length !== 1 || owners[0]?.id !== theCase.ownerId) {
    report('case', `the owner of ${theCase.id} is not the group's case owner`);
  }
}

function checkAccounted(
  input: MatchInput,
  result: Pick<MatchResult, 'leftOut'>,
  inGroups: Map<string, number>,
  violations: Violation[],
): void {
  const leftOut = new Set<string>();
  for (const person of result.leftOut) {
    if (inGroups.has(person.id) || leftOut.has(person.id)) {
      violations.push({
        rule: 'not-accounted',
        message: `${person.id} is both matched and left out, or left out twice`,
      });
    }
    leftOut.add(person.id);
  }
  for (const person of input.pool) {
    if (!inGroups.has(person.id) && !leftOut.has(person.id)) {
      violations.push({ rule: 'not-accounted', message: `${person.id} is silently left out` });
    }
  }
}
