import { eligibleSlots, slotTable, waitScore } from '../../core/matcher/eligibility.ts';
import type { MatchSlot, PoolPerson } from '../../core/matcher/types.ts';
import { availableSlotIds } from '../../core/slots/person-availability.ts';
import type { PersonAvailability } from '../../core/slots/types.ts';

const WEEK_MS = 7 * 24 * 3_600_000;
const monthOf = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
});

/** Who is in the group already: the pair rules are checked against them. */
export interface GroupMember {
  id: string;
  organisationId: string;
  municipalityCode: string;
  avoidOrganisationIds: readonly string[];
}

/** Someone from the pool who might fill a seat. */
export interface Candidate {
  person: Omit<PoolPerson, 'availableSlotIds' | 'lastSessionAt' | 'sessionsThisMonth'>;
  availability: PersonAvailability;
  /** Starts (UTC ISO) of their other sessions that still count (not cancelled). */
  sessionStarts: readonly string[];
}

export interface SubstituteSearch {
  members: readonly GroupMember[];
  candidates: readonly Candidate[];
  slot: MatchSlot;
  topic: string;
  needed: number;
  now: string;
  monthlyCap: number;
}

function clashes(a: GroupMember, b: GroupMember): boolean {
  return (
    a.municipalityCode === b.municipalityCode ||
    a.organisationId === b.organisationId ||
    a.avoidOrganisationIds.includes(b.organisationId) ||
    b.avoidOrganisationIds.includes(a.organisationId)
  );
}

/**
 * Whether a candidate may take this slot on the matcher's own rules (eligibleSlots: free at
 * the slot, in the future, not too soon after their last session, within the monthly cap),
 * plus what a single seat adds: no session within their frequency after the slot either, and
 * the cap counted in the slot's own month.
 */
function fitsSlot(candidate: Candidate, search: SubstituteSearch): PoolPerson | undefined {
  const slotMs = Date.parse(search.slot.startsAt);
  const starts = candidate.sessionStarts.map(Date.parse);
  const before = starts.filter((s) => s <= slotMs);
  const person: PoolPerson = {
    ...candidate.person,
    topics: candidate.person.topics.filter((t) => t.slug === search.topic),
    availableSlotIds: availableSlotIds(candidate.availability, [search.slot]),
    lastSessionAt: before.length > 0 ? new Date(Math.max(...before)).toISOString() : null,
    sessionsThisMonth: candidate.sessionStarts.filter(
      (s) => monthOf.format(new Date(s)) === monthOf.format(new Date(search.now)),
    ).length,
  };
  const table = slotTable([search.slot], search.now);
  if (eligibleSlots(person, table, { monthlyCap: search.monthlyCap }).slots.length === 0) return;
  const gap = person.frequencyWeeks * WEEK_MS;
  if (starts.some((s) => s > slotMs && s - slotMs < gap)) return;
  const slotMonth = monthOf.format(new Date(slotMs));
  const inSlotMonth = candidate.sessionStarts.filter(
    (s) => monthOf.format(new Date(s)) === slotMonth,
  );
  if (inSlotMonth.length >= search.monthlyCap) return;
  return person;
}

/**
 * Up to `needed` substitutes for one slot and topic, longest waiting first (the matcher's
 * fairness score), each compatible with the members and with each other. Pure.
 */
export function chooseSubstitutes(search: SubstituteSearch): string[] {
  const nowMs = Date.parse(search.now);
  const fitting = search.candidates
    .map((candidate) => fitsSlot(candidate, search))
    .filter((person): person is PoolPerson => person !== undefined)
    .sort((a, b) => waitScore(b, nowMs) - waitScore(a, nowMs) || a.id.localeCompare(b.id));
  const group: GroupMember[] = [...search.members];
  const chosen: string[] = [];
  for (const person of fitting) {
    if (chosen.length >= search.needed) break;
    if (group.some((member) => member.id === person.id || clashes(member, person))) continue;
    group.push(person);
    chosen.push(person.id);
  }
  return chosen;
}
