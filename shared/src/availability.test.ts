import { describe, expect, it } from 'vitest';
import { formatMinute, validateAvailability } from './availability.ts';

describe('validateAvailability', () => {
  it('accepts ordinary blocks, including touching ones and one until midnight', () => {
    expect(
      validateAvailability([
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 1, startMinute: 720, endMinute: 1020 },
        { weekday: 7, startMinute: 1200, endMinute: 1440 },
      ]),
    ).toEqual([]);
  });

  it('refuses a block whose start is not before its end, in both languages', () => {
    const errors = validateAvailability([{ weekday: 2, startMinute: 600, endMinute: 600 }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 0, code: 'start-not-before-end' });
    expect(errors[0]?.message.nl).toMatch(/begintijd/);
    expect(errors[0]?.message.en).toMatch(/start time/);
  });

  it('refuses blocks outside the day and unknown weekdays', () => {
    const errors = validateAvailability([
      { weekday: 0, startMinute: 540, endMinute: 600 },
      { weekday: 3, startMinute: -10, endMinute: 1441 },
      { weekday: 3, startMinute: 12.5, endMinute: 600 },
    ]);
    expect(errors.map((e) => [e.index, e.code])).toEqual([
      [0, 'weekday'],
      [1, 'start-range'],
      [1, 'end-range'],
      [2, 'start-range'],
    ]);
  });

  it('reports an overlap on one weekday once, on the later block, naming the earlier one', () => {
    const errors = validateAvailability([
      { weekday: 4, startMinute: 540, endMinute: 720 },
      { weekday: 5, startMinute: 600, endMinute: 700 },
      { weekday: 4, startMinute: 660, endMinute: 780 },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 2, code: 'overlap' });
    expect(errors[0]?.message.nl).toBe('Dit blok overlapt met donderdag 09:00–12:00.');
    expect(errors[0]?.message.en).toBe('This block overlaps with Thursday 09:00–12:00.');
  });

  it('formats minutes as wall-clock times', () => {
    expect(formatMinute(0)).toBe('00:00');
    expect(formatMinute(570)).toBe('09:30');
    expect(formatMinute(1440)).toBe('24:00');
  });
});
