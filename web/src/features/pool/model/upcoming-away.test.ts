import { describe, expect, it } from 'vitest';
import { todayInAmsterdam, upcomingAwayPeriods } from './upcoming-away.ts';

describe('upcomingAwayPeriods', () => {
  it('keeps the periods that are still to come or going on, earliest first', () => {
    const over = { from: '2026-10-19', to: '2026-10-23' };
    const now = { from: '2026-11-20', to: '2026-11-23' };
    const later = { from: '2027-07-12', to: '2027-08-01' };
    expect(upcomingAwayPeriods([later, over, now], '2026-11-23')).toEqual([now, later]);
  });
});

describe('todayInAmsterdam', () => {
  it('takes the date in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
