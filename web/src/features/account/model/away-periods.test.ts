import { describe, expect, it } from 'vitest';
import { LIMITS } from '@ods/shared/api/limits';
import {
  awayErrorsFromServer,
  awayPeriodProblems,
  currentAwayPeriods,
  withAwayPeriodAdded,
  withAwayPeriodRemoved,
} from './away-periods.ts';

const today = '2026-11-23';
const summer = { from: '2027-07-12', to: '2027-08-01' };
const christmas = { from: '2026-12-24', to: '2027-01-02' };
const autumnOver = { from: '2026-10-19', to: '2026-10-23' };

describe('currentAwayPeriods', () => {
  it('lists the periods that have not ended, earliest first, including one that ends today', () => {
    const endsToday = { from: '2026-11-20', to: today };
    expect(currentAwayPeriods([summer, autumnOver, christmas, endsToday], today)).toEqual([
      endsToday,
      christmas,
      summer,
    ]);
  });
});

describe('awayPeriodProblems', () => {
  it('accepts a period from today on, also a single day', () => {
    expect(awayPeriodProblems({ from: today, to: today }, [christmas], today)).toEqual({});
  });

  it('asks for both dates', () => {
    expect(awayPeriodProblems({ from: '', to: '' }, [], today)).toEqual({
      from: 'fromRequired',
      to: 'toRequired',
    });
  });

  it('refuses a start in the past and an end before the start', () => {
    expect(awayPeriodProblems({ from: '2026-11-22', to: '2026-11-30' }, [], today)).toEqual({
      from: 'fromInPast',
    });
    expect(awayPeriodProblems({ from: '2026-12-10', to: '2026-12-09' }, [], today)).toEqual({
      to: 'toBeforeFrom',
    });
  });

  it('refuses a period that shares a day with one already planned', () => {
    const lastDayOfChristmas = { from: christmas.to, to: '2027-01-05' };
    expect(awayPeriodProblems(lastDayOfChristmas, [christmas], today)).toEqual({
      from: 'overlaps',
    });
    const dayAfter = { from: '2027-01-03', to: '2027-01-05' };
    expect(awayPeriodProblems(dayAfter, [christmas], today)).toEqual({});
  });

  it('refuses one more period than the server stores', () => {
    const full = Array.from({ length: LIMITS.awayPeriodsMax }, (_, index) => ({
      from: `2028-01-${String(index + 1).padStart(2, '0')}`,
      to: `2028-01-${String(index + 1).padStart(2, '0')}`,
    }));
    expect(awayPeriodProblems(summer, full, today)).toEqual({ from: 'tooMany' });
  });
});

describe('saving', () => {
  it('puts the new period first and drops periods that are over', () => {
    expect(withAwayPeriodAdded([autumnOver, summer], christmas, today)).toEqual([
      christmas,
      summer,
    ]);
  });

  it('removes exactly the chosen period', () => {
    expect(withAwayPeriodRemoved([summer, christmas, autumnOver], christmas, today)).toEqual([
      summer,
    ]);
  });
});

describe('awayErrorsFromServer', () => {
  it('shows messages about the new period at its inputs and anything else for the section', () => {
    expect(
      awayErrorsFromServer({
        'awayPeriods.0': 'The end date is before the start date.',
        'awayPeriods.0.from': 'Must be a date.',
        'awayPeriods.2': 'Something about another period.',
        name: 'Too long.',
      }),
    ).toEqual({
      fields: { to: 'The end date is before the start date.', from: 'Must be a date.' },
      general: ['Something about another period.', 'Too long.'],
    });
  });
});
