import { amsterdamMonthKey } from './amsterdam-time.ts';
import type { LeftOutReason, MatchSettings, MatchSlot, PoolPerson } from './types.ts';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Slot facts needed to judge eligibility, indexed like the input slots. */
export interface SlotTable {
  index: Map<string, number>;
  startMs: Float64Array;
  monthKey: Int32Array;
  nowMs: number;
  nowMonthKey: number;
}

/** Indexes the slots once; slots that start before `now` are not candidates. */
export function slotTable(slots: MatchSlot[], now: string): SlotTable {
  const nowMs = Date.parse(now);
  const index = new Map<string, number>();
  const startMs = new Float64Array(slots.length);
  const monthKey = new Int32Array(slots.length);
  slots.forEach((slot, i) => {
    index.set(slot.id, i);
    startMs[i] = Date.parse(slot.startsAt);
    monthKey[i] = amsterdamMonthKey(startMs[i] ?? 0);
  });
  return { index, startMs, monthKey, nowMs, nowMonthKey: amsterdamMonthKey(nowMs) };
}

/** The earliest instant at which the person's wanted frequency allows a new session. */
export function nextAllowedMs(person: PoolPerson): number {
  if (person.lastSessionAt === null) return -Infinity;
  return Date.parse(person.lastSessionAt) + person.frequencyWeeks * WEEK_MS;
}

/** Which rules took slots away from a person; every rule is counted, not just the first. */
export interface SlotRules {
  /** Free slots in the future. */
  free: number;
  /** Of those, how many are too soon after the last session for the wanted frequency. */
  tooSoon: number;
  /** Of those, how many fall in the current month while its cap is reached. */
  capped: number;
}

/**
 * The slots (indices, ascending) in which a person may be matched: free, in the future, far
 * enough after their last session, and not in a month whose cap they reached. When none
 * remain, the first rule that emptied the list is the reason; `rules` counts what each rule
 * removed, so an explanation can name every rule that applied.
 */
export function eligibleSlots(
  person: PoolPerson,
  table: SlotTable,
  settings: Pick<MatchSettings, 'monthlyCap'>,
): { slots: number[]; reason: LeftOutReason | null; rules: SlotRules } {
  const rules: SlotRules = { free: 0, tooSoon: 0, capped: 0 };
  if (person.topics.length === 0) return { slots: [], reason: 'no-topic', rules };
  const free = new Set<number>();
  for (const id of person.availableSlotIds) {
    const i = table.index.get(id);
    if (i !== undefined && (table.startMs[i] ?? 0) >= table.nowMs) free.add(i);
  }
  rules.free = free.size;
  if (free.size === 0) return { slots: [], reason: 'no-availability', rules };
  const allowedFrom = nextAllowedMs(person);
  const capFull = person.sessionsThisMonth >= settings.monthlyCap;
  const slots: number[] = [];
  let notTooSoon = 0;
  for (const i of free) {
    const tooSoon = (table.startMs[i] ?? 0) < allowedFrom;
    const capped = capFull && table.monthKey[i] === table.nowMonthKey;
    if (tooSoon) rules.tooSoon++;
    else notTooSoon++;
    if (capped) rules.capped++;
    if (!tooSoon && !capped) slots.push(i);
  }
  slots.sort((a, b) => a - b);
  if (notTooSoon === 0) return { slots, reason: 'frequency', rules };
  return { slots, reason: slots.length === 0 ? 'cap-reached' : null, rules };
}

/**
 * How long someone has waited, relative to the frequency they asked for, squeezed into 0..1:
 * due exactly now gives 0.5, three intervals 0.75; never matched gives 1. It keeps growing, so
 * whoever waited longer always ranks higher.
 */
export function waitScore(person: PoolPerson, nowMs: number): number {
  if (person.lastSessionAt === null) return 1;
  const last = Date.parse(person.lastSessionAt);
  const overdue = Math.max(0, (nowMs - last) / (nextAllowedMs(person) - last));
  return overdue / (1 + overdue);
}
