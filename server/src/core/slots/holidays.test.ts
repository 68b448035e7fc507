import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday, isDutchPublicHoliday } from './holidays.ts';
import { isWorkingDay, nthWorkingDayAfter } from './working-days.ts';

describe('Dutch public holidays', () => {
  it('computes Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('lists the days off of 2026 under the Cao Gemeenten', () => {
    expect(dutchPublicHolidays(2026).map((h) => `${h.date} ${h.name.nl}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(isDutchPublicHoliday('2025-04-26')).toBe(true);
    expect(isDutchPublicHoliday('2025-04-27')).toBe(false);
    expect(isDutchPublicHoliday('2031-04-26')).toBe(true);
  });

  it('keeps Goede Vrijdag a working day and gives Bevrijdingsdag off every year', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2027-05-05')).toBe(false);
  });

  it('counts working days past weekends and holidays', () => {
    expect(nthWorkingDayAfter('2026-03-23', 2)).toBe('2026-03-25'); // Monday → Wednesday
    expect(nthWorkingDayAfter('2026-03-27', 2)).toBe('2026-03-31'); // Friday → Tuesday
    expect(nthWorkingDayAfter('2026-03-28', 2)).toBe('2026-03-31'); // Saturday → Tuesday
    expect(nthWorkingDayAfter('2026-04-02', 2)).toBe('2026-04-07'); // over Tweede Paasdag
  });
});
