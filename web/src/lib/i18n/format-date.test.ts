import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('shows a calendar date as written, in Dutch or English', () => {
    expect(formatDate('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('shows a moment as the date in the Netherlands', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(formatDate('2026-12-31T23:30:00Z', 'nl')).toBe('1 januari 2027');
  });
});
