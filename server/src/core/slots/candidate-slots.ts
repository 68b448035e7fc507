import type { DateTime } from 'luxon';
import type { MinuteRange, SessionMinutes, Slot } from './types.ts';
import { isDutchPublicHoliday } from './holidays.ts';
import { nthWorkingDayAfter } from './working-days.ts';
import { inZone, isLocalDate, startOfLocalDate, toUtcIso, wallMinute } from './zone.ts';

export const DEFAULT_WORKING_HOURS: MinuteRange = { startMinute: 9 * 60, endMinute: 17 * 60 };

export type CandidateSlotOptions = {
  /** The current instant (ISO); the clock is the caller's. */
  now: string;
  /** First moment of the period: a local date (from its midnight) or an ISO instant. */
  periodStart: string;
  /** Last moment of the period: a local date (that whole day included) or an ISO instant. */
  periodEnd: string;
  sessionMinutes?: SessionMinutes;
  /** Local wall-clock hours, Europe/Amsterdam; default 09:00–17:00. */
  workingHours?: MinuteRange;
  /** ISO weekdays that are working days (1 = Monday); default Monday to Friday. */
  weekdays?: readonly number[];
  /** Distance between consecutive slot starts; default 30. */
  stepMinutes?: number;
  /** Sessions start no earlier than this many working days after today's date; default 2. */
  minWorkingDaysAhead?: number;
};

function periodBounds(periodStart: string, periodEnd: string): { from: DateTime; until: DateTime } {
  const from = isLocalDate(periodStart) ? startOfLocalDate(periodStart) : inZone(periodStart);
  const until = isLocalDate(periodEnd)
    ? startOfLocalDate(periodEnd).plus({ days: 1 })
    : inZone(periodEnd);
  return { from, until };
}

function slotsOnDay(
  day: DateTime,
  hours: MinuteRange,
  sessionMinutes: number,
  step: number,
): DateTime[] {
  const starts: DateTime[] = [];
  for (let minute = hours.startMinute; minute + sessionMinutes <= hours.endMinute; minute += step) {
    const start = day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
    // A wall time inside the spring-forward gap does not exist; Luxon would move it, so skip it.
    if (wallMinute(start, day) !== minute) continue;
    const end = start.plus({ minutes: sessionMinutes });
    if (wallMinute(end, day) <= hours.endMinute) starts.push(start);
  }
  return starts;
}

/**
 * The moments a session could take place: on working days (by default Mon–Fri; never on public holidays), within
 * working hours in Europe/Amsterdam wall time, inside the period, and at least
 * `minWorkingDaysAhead` working days after today. Each wall-clock start appears exactly once, also
 * on the days the clocks change; slots are in chronological order with UTC ISO times.
 */
export function candidateSlots(options: CandidateSlotOptions): Slot[] {
  const sessionMinutes = options.sessionMinutes ?? 60;
  const hours = options.workingHours ?? DEFAULT_WORKING_HOURS;
  const step = options.stepMinutes ?? 30;
  const weekdays = options.weekdays ?? [1, 2, 3, 4, 5];
  if (!Number.isInteger(step) || step <= 0)
    throw new RangeError(`stepMinutes must be a positive integer, got ${step}`);
  const now = inZone(options.now);
  const { from, until } = periodBounds(options.periodStart, options.periodEnd);
  const earliestDate = nthWorkingDayAfter(now.toISODate() ?? '', options.minWorkingDaysAhead ?? 2);
  const firstDay = later(from.startOf('day'), startOfLocalDate(earliestDate));

  const slots: Slot[] = [];
  for (let day = firstDay; day < until; day = day.plus({ days: 1 }).startOf('day')) {
    if (!weekdays.includes(day.weekday) || isDutchPublicHoliday(day.toISODate() ?? '')) continue;
    for (const start of slotsOnDay(day, hours, sessionMinutes, step)) {
      const end = start.plus({ minutes: sessionMinutes });
      if (start < from || end > until || start < now) continue;
      const startsAt = toUtcIso(start);
      slots.push({ id: startsAt, startsAt, endsAt: toUtcIso(end) });
    }
  }
  return slots;
}

function later(a: DateTime, b: DateTime): DateTime {
  return a > b ? a : b;
}
