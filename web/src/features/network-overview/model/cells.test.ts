import { describe, expect, it } from 'vitest';
import { cellText, hideSmall, monthText, ratingText, shareText, splitHidden } from './cells.ts';

describe('cells of the overview', () => {
  it('shows a hidden count as "< 5" and a shown one as a number in the reader\'s language', () => {
    expect(cellText(null, 5, 'nl')).toBe('< 5');
    expect(cellText(1234, 5, 'nl')).toBe('1.234');
    expect(cellText(1234, 5, 'en')).toBe('1,234');
    expect(cellText(0, 5, 'nl')).toBe('0');
  });

  it('never shows a count of 1 to 4, even when one arrives unhidden', () => {
    for (const n of [1, 2, 3, 4]) {
      expect(hideSmall(n, 5)).toBeNull();
      expect(cellText(n, 5, 'nl')).toBe('< 5');
    }
    expect(hideSmall(5, 5)).toBe(5);
    // Zero names nobody.
    expect(hideSmall(0, 5)).toBe(0);
  });

  it('gives averages one decimal and shares whole percentages, and nothing where too few', () => {
    expect(ratingText(3.8, 'nl')).toBe('3,8');
    expect(ratingText(4, 'en')).toBe('4.0');
    expect(ratingText(null, 'nl')).toBeNull();
    expect(shareText(0.4, 'en')).toBe('40%');
    expect(shareText(0.4, 'nl')).toMatch(/^40\s?%$/);
    expect(shareText(null, 'nl')).toBeNull();
  });

  it('names months for an axis and for a table', () => {
    expect(monthText('2026-03', 'nl', 'long')).toBe('maart 2026');
    expect(monthText('2026-03', 'en', 'long')).toBe('March 2026');
    expect(monthText('2026-12', 'nl', 'short')).toMatch(/^dec\.? '?26$/);
  });

  it('gives a chart the hidden points without any value, so no mark or title can carry one', () => {
    const { shown, hidden } = splitHidden(
      [
        { key: '2026-01', label: 'jan', value: 12 },
        { key: '2026-02', label: 'feb', value: null },
        { key: '2026-03', label: 'mrt', value: 3 },
        { key: '2026-04', label: 'apr', value: 0 },
      ],
      5,
    );
    expect(shown).toEqual([
      { key: '2026-01', label: 'jan', value: 12 },
      { key: '2026-04', label: 'apr', value: 0 },
    ]);
    expect(hidden).toEqual([
      { key: '2026-02', label: 'feb' },
      { key: '2026-03', label: 'mrt' },
    ]);
  });
});
