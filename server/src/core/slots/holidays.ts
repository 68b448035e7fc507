import { DateTime } from 'luxon';
import type { LocalDate } from './zone.ts';

/** A public holiday on which no session is planned. */
export type Holiday = { date: LocalDate; name: { nl: string; en: string } };

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day).toISODate() ?? '';
}

function shift(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? '';
}

function kingsDay(year: number): LocalDate {
  const the27th = DateTime.utc(year, 4, 27);
  // When 27 April is a Sunday, Koningsdag moves to Saturday the 26th (Wet viering Koningsdag).
  return (the27th.weekday === 7 ? the27th.minus({ days: 1 }) : the27th).toISODate() ?? '';
}

/**
 * The Dutch public holidays of a year on which sessions are not planned, as the Cao Gemeenten
 * (the municipal collective agreement our users work under) gives them off:
 * - Bevrijdingsdag (5 May) every year: since the Cao Gemeenten 2023 it is a paid day off for all
 *   municipal staff each year, not only in lustrum years; the Cao Sociaal Werk does the same.
 * - Goede Vrijdag is not included: it is a national feast day but not a day off under the
 *   Cao Gemeenten, so it is an ordinary working day for our users.
 * Eerste Paasdag and Eerste Pinksterdag are Sundays; they are listed for completeness.
 */
export function dutchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: `${year}-01-01`, name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { date: easter, name: { nl: 'Eerste Paasdag', en: 'Easter Sunday' } },
    { date: shift(easter, 1), name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    { date: kingsDay(year), name: { nl: 'Koningsdag', en: "King's Day" } },
    { date: `${year}-05-05`, name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' } },
    { date: shift(easter, 39), name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { date: shift(easter, 49), name: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' } },
    { date: shift(easter, 50), name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { date: `${year}-12-25`, name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { date: `${year}-12-26`, name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' } },
  ];
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether a local date is one of the holidays above. */
export function isDutchPublicHoliday(date: LocalDate): boolean {
  const year = Number(date.slice(0, 4));
  return dutchPublicHolidays(year).some((holiday) => holiday.date === date);
}
