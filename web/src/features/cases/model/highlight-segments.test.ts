import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '@ods/shared/guard';
import { highlightSegments } from './highlight-segments.ts';

describe('highlightSegments', () => {
  it('marks each finding and keeps every character of the text, in order', () => {
    const text = 'Bel mevrouw Jansen op 06-12345678, haar BSN is 111222333.';
    const segments = highlightSegments(text, scanPersonalData(text));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.finding).map((s) => [s.finding!.kind, s.text])).toEqual([
      ['person-name', 'mevrouw Jansen'],
      ['phone', '06-12345678'],
      ['bsn', '111222333'],
    ]);
  });

  it('shows a stale finding that no longer fits the text as plain text', () => {
    const [finding] = scanPersonalData('BSN 111222333');
    expect(highlightSegments('BSN', [finding!])).toEqual([{ text: 'BSN' }]);
  });
});
