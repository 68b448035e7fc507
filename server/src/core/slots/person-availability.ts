import type { AvailabilityBlock } from '@ods/shared/availability';
import type { MinuteRange, PersonAvailability, Slot } from './types.ts';
import { inZone, wallMinute } from './zone.ts';

/** Per weekday, the blocks sorted and with touching or overlapping ones joined (09–12 + 12–17 = 09–17). */
function mergedByWeekday(blocks: readonly AvailabilityBlock[]): Map<number, MinuteRange[]> {
  const byDay = new Map<number, MinuteRange[]>();
  const sorted = [...blocks].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  for (const block of sorted) {
    const ranges = byDay.get(block.weekday) ?? [];
    const last = ranges.at(-1);
    if (last && block.startMinute <= last.endMinute)
      last.endMinute = Math.max(last.endMinute, block.endMinute);
    else ranges.push({ startMinute: block.startMinute, endMinute: block.endMinute });
    byDay.set(block.weekday, ranges);
  }
  return byDay;
}

type PreparedSlot = {
  id: string;
  startMs: number;
  endMs: number;
  weekday: number;
  startMinute: number;
  endMinute: number;
  date: string;
};

/**
 * Wall-clock fields per slot object. Converting to Europe/Amsterdam costs far more than the checks
 * themselves, and a matcher asks about the same slot objects for every person.
 */
const preparedCache = new WeakMap<Slot, PreparedSlot>();

function prepare(slot: Slot): PreparedSlot {
  const cached = preparedCache.get(slot);
  if (cached) return cached;
  const prepared = computePrepared(slot);
  preparedCache.set(slot, prepared);
  return prepared;
}

function computePrepared(slot: Slot): PreparedSlot {
  const start = inZone(slot.startsAt);
  const end = inZone(slot.endsAt);
  return {
    id: slot.id,
    startMs: start.toMillis(),
    endMs: end.toMillis(),
    weekday: start.weekday,
    startMinute: wallMinute(start, start.startOf('day')),
    endMinute: wallMinute(end, start.startOf('day')),
    date: start.toISODate() ?? '',
  };
}

type PreparedPerson = {
  weekly: Map<number, MinuteRange[]>;
  awayDates: PersonAvailability['awayDates'];
  busy: { startMs: number; endMs: number }[];
};

function preparePerson(person: PersonAvailability): PreparedPerson {
  return {
    weekly: mergedByWeekday(person.weekly),
    awayDates: person.awayDates,
    busy: person.busy.map((busy) => ({
      startMs: Date.parse(busy.start),
      endMs: Date.parse(busy.end),
    })),
  };
}

function isAvailable(person: PreparedPerson, slot: PreparedSlot): boolean {
  const insideWeekly = (person.weekly.get(slot.weekday) ?? []).some(
    (range) => range.startMinute <= slot.startMinute && slot.endMinute <= range.endMinute,
  );
  if (!insideWeekly) return false;
  if (person.awayDates.some((away) => away.from <= slot.date && slot.date <= away.to)) return false;
  return !person.busy.some((busy) => busy.startMs < slot.endMs && slot.startMs < busy.endMs);
}

/**
 * The ids of the slots one person can attend: wholly inside their weekly blocks (Europe/Amsterdam
 * wall time), not on an away date, and not overlapping any busy time from a linked calendar.
 * Keeps the order of `slots`. Pass the same slot objects for every person: their local-time
 * fields are computed once per object.
 */
export function availableSlotIds(person: PersonAvailability, slots: readonly Slot[]): string[] {
  const prepared = preparePerson(person);
  return slots
    .map(prepare)
    .filter((slot) => isAvailable(prepared, slot))
    .map((slot) => slot.id);
}

/**
 * `availableSlotIds` for many people over the same slots, as a function of one person: the
 * slots' wall-clock fields are computed once, and the slots inside a set of weekly blocks once
 * per distinct set (`weeklyKey`; in a pool most people share one of a few patterns), so each
 * person costs only their own away dates and busy times, in epoch milliseconds and date strings.
 * Same answer as `availableSlotIds`, in the order of `slots`, a new array per call.
 */
export function availabilityOver(slots: readonly Slot[]): (
  person: PersonAvailability,
  /** Equal for equal `weekly` blocks (any text that says which blocks they are). */
  weeklyKey: string,
) => string[] {
  const prepared = slots.map(prepare);
  const insideWeekly = new Map<string, PreparedSlot[]>();
  return (person, weeklyKey) => {
    let inside = insideWeekly.get(weeklyKey);
    if (!inside) {
      const weekly = mergedByWeekday(person.weekly);
      inside = prepared.filter((slot) =>
        (weekly.get(slot.weekday) ?? []).some(
          (range) => range.startMinute <= slot.startMinute && slot.endMinute <= range.endMinute,
        ),
      );
      insideWeekly.set(weeklyKey, inside);
    }
    const ids: string[] = [];
    const { awayDates } = person;
    const busy = person.busy.length === 0 ? [] : preparePerson(person).busy;
    for (const slot of inside) {
      if (awayDates.length > 0 && awayDates.some((a) => a.from <= slot.date && slot.date <= a.to))
        continue;
      if (busy.length > 0 && busy.some((b) => b.startMs < slot.endMs && slot.startMs < b.endMs))
        continue;
      ids.push(slot.id);
    }
    return ids;
  };
}

/** The slots every one of `people` can attend (all slots when `people` is empty), in the order given. */
export function commonSlots(people: readonly PersonAvailability[], slots: readonly Slot[]): Slot[] {
  const perPerson = people.map((person) => new Set(availableSlotIds(person, slots)));
  return slots.filter((slot) => perPerson.every((ids) => ids.has(slot.id)));
}
