import { describe, expect, it } from 'vitest';
import { amsterdamMonthKey, amsterdamToEpoch, formatSlotTime } from './amsterdam-time.ts';

describe('Amsterdam time', () => {
  it('converts wall-clock time in winter and summer time', () => {
    expect(new Date(amsterdamToEpoch(2026, 12, 1, 14, 0)).toISOString()).toBe(
      '2026-12-01T13:00:00.000Z',
    );
    expect(new Date(amsterdamToEpoch(2026, 7, 1, 14, 0)).toISOString()).toBe(
      '2026-07-01T12:00:00.000Z',
    );
  });

  it('formats a slot with weekday, date and local time', () => {
    expect(formatSlotTime(Date.parse('2026-03-31T07:30:00.000Z'))).toEqual({
      nl: 'dinsdag 31 maart 09:30',
      en: 'Tuesday 31 March 09:30',
    });
  });

  it('puts New Year’s Eve 23:30 in Amsterdam in December, though UTC is still earlier', () => {
    const lateEvening = Date.parse('2026-12-31T22:30:00.000Z');
    expect(amsterdamMonthKey(lateEvening)).toBe(2026 * 12 + 11);
    expect(amsterdamMonthKey(Date.parse('2026-12-31T23:30:00.000Z'))).toBe(2027 * 12);
  });
});
