import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { candidateSlots } from './candidate-slots.ts';
import type { Slot } from './types.ts';

const ZONE = 'Europe/Amsterdam';
const local = (slot: Slot) => DateTime.fromISO(slot.startsAt, { zone: ZONE });
const onDate = (slots: Slot[], date: string) =>
  slots.filter((slot) => local(slot).toISODate() === date);
const at = (slots: Slot[], date: string, time: string) =>
  onDate(slots, date).find((slot) => local(slot).toFormat('HH:mm') === time);

/** Monday of a week long before the period, so "two working days ahead" does not interfere. */
const longBefore = '2026-01-05T08:00:00Z';

describe('candidateSlots', () => {
  it('offers every half hour within 09:00–17:00 on working days only', () => {
    const slots = candidateSlots({
      now: longBefore,
      periodStart: '2026-06-01',
      periodEnd: '2026-06-07',
    });
    expect(onDate(slots, '2026-06-01')).toHaveLength(15); // 09:00 … 16:00 starts
    expect(onDate(slots, '2026-06-06')).toHaveLength(0); // Saturday
    expect(local(slots[0]!).toFormat('ccc HH:mm')).toBe('Mon 09:00');
    expect(local(slots.at(-1)!).toFormat('ccc HH:mm')).toBe('Fri 16:00');
    expect(slots[0]).toEqual({
      id: '2026-06-01T07:00:00.000Z',
      startsAt: '2026-06-01T07:00:00.000Z',
      endsAt: '2026-06-01T08:00:00.000Z',
    });
  });

  it('fits 45 and 90 minute sessions inside the working day', () => {
    const period = { now: longBefore, periodStart: '2026-06-01', periodEnd: '2026-06-01' };
    const ninety = candidateSlots({ ...period, sessionMinutes: 90 });
    expect(ninety).toHaveLength(14);
    expect(local(ninety.at(-1)!).toFormat('HH:mm')).toBe('15:30');
    expect(candidateSlots({ ...period, sessionMinutes: 45, stepMinutes: 15 })).toHaveLength(30);
  });

  it('skips public holidays', () => {
    const slots = candidateSlots({
      now: longBefore,
      periodStart: '2026-04-03',
      periodEnd: '2026-04-07',
    });
    expect([...new Set(slots.map((slot) => local(slot).toISODate()))]).toEqual([
      '2026-04-03',
      '2026-04-07',
    ]);
  });

  it('starts at least two working days after now', () => {
    const fridayMorning = '2026-03-27T08:00:00Z';
    const slots = candidateSlots({
      now: fridayMorning,
      periodStart: '2026-03-23',
      periodEnd: '2026-04-03',
    });
    expect(local(slots[0]!).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-03-31 09:00');
  });

  it('respects a period given as instants', () => {
    const slots = candidateSlots({
      now: longBefore,
      periodStart: '2026-06-01T10:00:00Z',
      periodEnd: '2026-06-01T13:00:00Z',
    });
    expect(slots.map((slot) => local(slot).toFormat('HH:mm'))).toEqual([
      '12:00',
      '12:30',
      '13:00',
      '13:30',
      '14:00',
    ]);
  });

  describe.each([
    {
      label: 'March 2026',
      before: '2026-03-27',
      after: '2026-03-30',
      utcBefore: '13:00',
      utcAfter: '12:00',
    },
    {
      label: 'October 2026',
      before: '2026-10-23',
      after: '2026-10-26',
      utcBefore: '12:00',
      utcAfter: '13:00',
    },
    // 28 March 2027 is Easter; Monday is Tweede Paasdag, so the first working day after is Tuesday.
    {
      label: 'March 2027',
      before: '2027-03-26',
      after: '2027-03-30',
      utcBefore: '13:00',
      utcAfter: '12:00',
    },
    {
      label: 'October 2027',
      before: '2027-10-29',
      after: '2027-11-01',
      utcBefore: '12:00',
      utcAfter: '13:00',
    },
  ])('around the clock change of $label', ({ before, after, utcBefore, utcAfter }) => {
    const slots = candidateSlots({ now: longBefore, periodStart: before, periodEnd: after });

    it('keeps 14:00 local at 14:00 local on both sides', () => {
      expect(at(slots, before, '14:00')?.startsAt.slice(11, 16)).toBe(utcBefore);
      expect(at(slots, after, '14:00')?.startsAt.slice(11, 16)).toBe(utcAfter);
      expect(onDate(slots, before)).toHaveLength(15);
      expect(onDate(slots, after)).toHaveLength(15);
    });
  });

  it.each([
    { date: '2026-03-29', expected: 45 },
    { date: '2026-10-25', expected: 47 },
    { date: '2027-10-31', expected: 47 },
  ])(
    'on the night of $date gives no slot that does not exist and none twice',
    ({ date, expected }) => {
      const slots = candidateSlots({
        now: longBefore,
        periodStart: date,
        periodEnd: date,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        workingHours: { startMinute: 0, endMinute: 1440 },
      });
      const wallTimes = slots.map((slot) => local(slot).toFormat('HH:mm'));
      expect(slots).toHaveLength(expected);
      expect(new Set(wallTimes).size).toBe(slots.length);
      expect(new Set(slots.map((slot) => slot.id)).size).toBe(slots.length);
      if (date.endsWith('03-29')) expect(wallTimes).not.toContain('02:00');
      if (date.endsWith('03-29')) expect(wallTimes).not.toContain('02:30');
      for (const slot of slots)
        expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(60 * 60_000);
    },
  );
});
