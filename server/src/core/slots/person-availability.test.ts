import { describe, expect, it } from 'vitest';
import { candidateSlots } from './candidate-slots.ts';
import { availableSlotIds, commonSlots } from './person-availability.ts';
import type { PersonAvailability, Slot } from './types.ts';

const week = candidateSlots({
  now: '2026-01-05T08:00:00Z',
  periodStart: '2026-06-01',
  periodEnd: '2026-06-05',
});
const hhmm = (slotId: string) =>
  new Date(slotId).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

const person = (overrides: Partial<PersonAvailability>): PersonAvailability => ({
  weekly: [],
  awayDates: [],
  busy: [],
  ...overrides,
});

describe('availableSlotIds', () => {
  it('keeps only slots wholly inside a weekly block, joining touching blocks', () => {
    const ids = availableSlotIds(
      person({
        weekly: [
          { weekday: 2, startMinute: 600, endMinute: 690 }, // Tuesday 10:00–11:30
          { weekday: 2, startMinute: 690, endMinute: 720 }, // … 11:30–12:00
        ],
      }),
      week,
    );
    expect(ids.map(hhmm)).toEqual(['di 10:00', 'di 10:30', 'di 11:00']);
  });

  it('leaves out away dates and busy time from a linked calendar', () => {
    const ids = availableSlotIds(
      person({
        weekly: [1, 2, 3].map((weekday) => ({ weekday, startMinute: 540, endMinute: 660 })),
        awayDates: [{ from: '2026-05-30', to: '2026-06-01' }],
        busy: [{ start: '2026-06-02T07:45:00Z', end: '2026-06-02T08:00:00Z' }], // Tuesday 09:45–10:00
      }),
      week,
    );
    expect(ids.map(hhmm)).toEqual(['di 10:00', 'wo 09:00', 'wo 09:30', 'wo 10:00']);
  });

  it('treats a busy interval that only touches a slot as free', () => {
    const slot: Slot = {
      id: 'a',
      startsAt: '2026-06-02T08:00:00.000Z',
      endsAt: '2026-06-02T09:00:00.000Z',
    };
    const busy = [
      { start: '2026-06-02T07:00:00Z', end: '2026-06-02T08:00:00Z' },
      { start: '2026-06-02T09:00:00Z', end: '2026-06-02T10:00:00Z' },
    ];
    const weekly = [{ weekday: 2, startMinute: 0, endMinute: 1440 }];
    expect(availableSlotIds(person({ weekly, busy }), [slot])).toEqual(['a']);
  });
});

describe('commonSlots', () => {
  const tuesdayMorning = { weekday: 2, startMinute: 540, endMinute: 720 };
  const tuesdayLate = { weekday: 2, startMinute: 660, endMinute: 1020 };

  it('finds the slots every member can attend', () => {
    const common = commonSlots(
      [person({ weekly: [tuesdayMorning] }), person({ weekly: [tuesdayLate] })],
      week,
    );
    expect(common.map((slot) => hhmm(slot.id))).toEqual(['di 11:00']);
  });

  it('finds none when the members never overlap', () => {
    const thursday = { weekday: 4, startMinute: 540, endMinute: 1020 };
    expect(
      commonSlots([person({ weekly: [tuesdayMorning] }), person({ weekly: [thursday] })], week),
    ).toEqual([]);
  });

  it('finds none when the one shared hour is busy for someone', () => {
    const busy = [{ start: '2026-06-02T09:30:00Z', end: '2026-06-02T09:45:00Z' }];
    const people = [person({ weekly: [tuesdayMorning] }), person({ weekly: [tuesdayLate], busy })];
    expect(commonSlots(people, week)).toEqual([]);
  });
});
