import { DateTime } from 'luxon';

/** All wall-clock reasoning (working hours, weekly blocks, holidays) happens in this zone. */
export const ZONE = 'Europe/Amsterdam';

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a plain local date rather than an instant. */
export function isLocalDate(value: string): value is LocalDate {
  return LOCAL_DATE.test(value);
}

/** An instant (ISO with offset or Z) seen in Europe/Amsterdam. */
export function inZone(instant: string): DateTime {
  return DateTime.fromISO(instant, { zone: ZONE });
}

/** Midnight at the start of a local date in Europe/Amsterdam. */
export function startOfLocalDate(date: LocalDate): DateTime {
  return DateTime.fromISO(date, { zone: ZONE }).startOf('day');
}

/** An instant as the one UTC text form used for slot ids and fields: '2026-03-30T12:00:00.000Z'. */
export function toUtcIso(dateTime: DateTime): string {
  return dateTime.toUTC().toISO() ?? '';
}

/**
 * Minutes since the local midnight of `day` at which `moment` falls on the wall clock: 1440 for
 * the next midnight, Infinity for anything later or on another day.
 */
export function wallMinute(moment: DateTime, day: DateTime): number {
  if (moment.hasSame(day, 'day')) return moment.hour * 60 + moment.minute;
  const nextMidnight =
    moment.hasSame(day.plus({ days: 1 }), 'day') && moment.hour === 0 && moment.minute === 0;
  return nextMidnight ? 1440 : Number.POSITIVE_INFINITY;
}
