import { describe, expect, it } from 'vitest';
import { scanPieces } from './readable.ts';

describe('scanPieces', () => {
  it('finds a name split over pieces of formatting, and places it in the source', () => {
    // Source: 'Ik sprak Jan <b>de</b> Vries.' with the tags taking source offsets of their own.
    const source = 'Ik sprak Jan <b>de</b> Vries.';
    const pieces = [
      { text: 'Ik sprak Jan ', at: 0 },
      { text: 'de', at: source.indexOf('de</b>') },
      { text: ' Vries.', at: source.indexOf(' Vries') },
    ];
    const [finding, ...rest] = scanPieces(pieces);
    expect(rest).toEqual([]);
    expect(finding?.match).toBe('Jan de Vries');
    expect(source.slice(finding?.from, finding?.to)).toBe('Jan <b>de</b> Vries');
  });

  it('reads a BSN split by formatting as one number, still checked by the 11-test', () => {
    const pieces = [
      { text: 'BSN 111 ', at: 0 },
      { text: '222', at: 20 },
      { text: ' 333 en 123 ', at: 40 },
      { text: '456 789', at: 60 },
    ];
    expect(scanPieces(pieces).map((f) => [f.kind, f.match, f.from, f.to])).toEqual([
      ['bsn', '111 222 333', 4, 44],
    ]);
  });
});
