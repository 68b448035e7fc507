import { describe, expect, it } from 'vitest';
import { formatMoment, formatSessionWindow } from './format-time.ts';

describe('session times on the session page', () => {
  it('are shown in Dutch time, in both languages', () => {
    expect(formatSessionWindow('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', 'nl')).toBe(
      'maandag 23 november 2026, 11:00–12:00',
    );
    expect(formatMoment('2026-11-23T09:45:00Z', 'en')).toBe('Monday 23 November at 10:45');
  });

  it('follow summer time', () => {
    expect(formatMoment('2027-06-01T09:45:00Z', 'nl')).toBe('dinsdag 1 juni om 11:45');
  });
});
