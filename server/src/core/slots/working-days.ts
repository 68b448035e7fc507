import { DateTime } from 'luxon';
import { isDutchPublicHoliday } from './holidays.ts';
import type { LocalDate } from './zone.ts';

/** Monday to Friday, except the public holidays our users have off. */
export function isWorkingDay(date: LocalDate): boolean {
  const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
  return weekday <= 5 && !isDutchPublicHoliday(date);
}

/**
 * The n-th working day strictly after a local date: from Monday, n = 2 gives Wednesday;
 * from Friday or Saturday it gives Tuesday (holidays are skipped like weekends).
 */
export function nthWorkingDayAfter(date: LocalDate, n: number): LocalDate {
  let day = DateTime.fromISO(date, { zone: 'utc' });
  let counted = 0;
  while (counted < n) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toISODate() ?? '')) counted += 1;
  }
  return day.toISODate() ?? '';
}
