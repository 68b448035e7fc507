import { describe, expect, it } from 'vitest';
import { cellText } from './cells.ts';
import {
  MAP_CLASSES,
  MAP_COLOURS,
  mapClassOf,
  participationRows,
  unknownCodes,
} from './map-classes.ts';

const SHAPES = [
  { code: 'GM0014', name: 'Groningen', province: 'PV20' },
  { code: 'GM0363', name: 'Amsterdam', province: 'PV27' },
  { code: 'GM0088', name: 'Schiermonnikoog', province: 'PV21' },
  { code: 'GM0060', name: 'Ameland', province: 'PV21' },
  { code: 'GM0344', name: 'Utrecht', province: 'PV26' },
];

describe('the map of participation', () => {
  it('puts each count in its colour class, hidden ones in "fewer than 5"', () => {
    expect(mapClassOf(undefined)).toBe('none');
    expect(mapClassOf(0)).toBe('none');
    expect(mapClassOf(null)).toBe('fewer');
    expect(mapClassOf(3)).toBe('fewer');
    expect(mapClassOf(5)).toBe('from5');
    expect(mapClassOf(9)).toBe('from5');
    expect(mapClassOf(10)).toBe('from10');
    expect(mapClassOf(24)).toBe('from10');
    expect(mapClassOf(25)).toBe('from25');
    expect(mapClassOf(400)).toBe('from25');
  });

  it('has a distinct colour per class, darker for more people', () => {
    const colours = MAP_CLASSES.map((c) => MAP_COLOURS[c]);
    expect(new Set(colours).size).toBe(MAP_CLASSES.length);
    // Relative luminance (WCAG) falls from "fewer than 5" to "25 or more".
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const steps = (['fewer', 'from5', 'from10', 'from25'] as const).map((c) =>
      luminance(MAP_COLOURS[c]),
    );
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]!).toBeLessThan(steps[i - 1]!);
    // The darkest class stands out from the white borders and background by at least 3:1.
    expect((1 + 0.05) / (steps[steps.length - 1]! + 0.05)).toBeGreaterThan(3);
  });

  it('lists every municipality per province and by name, with 0 where nobody takes part', () => {
    const rows = participationRows(
      SHAPES,
      [
        { code: 'GM0363', professionals: 31 },
        { code: 'GM0014', professionals: null },
        { code: 'GM0060', professionals: 6 },
      ],
      5,
    );
    expect(rows.map((r) => [r.name, r.professionals, r.mapClass])).toEqual([
      ['Groningen', null, 'fewer'],
      ['Ameland', 6, 'from5'],
      ['Schiermonnikoog', 0, 'none'],
      ['Utrecht', 0, 'none'],
      ['Amsterdam', 31, 'from25'],
    ]);
  });

  it('hides a count of 1 to 4 that arrived unhidden: the row says "< 5", never the count', () => {
    const rows = participationRows(SHAPES, [{ code: 'GM0088', professionals: 2 }], 5);
    const row = rows.find((r) => r.code === 'GM0088')!;
    expect(row.professionals).toBeNull();
    expect(row.mapClass).toBe('fewer');
    expect(cellText(row.professionals, 5, 'nl')).toBe('< 5');
  });

  it('reports codes the map has no shape for (a municipality merged after 2025)', () => {
    expect(unknownCodes(SHAPES, [{ code: 'GM0363' }, { code: 'GM9999' }])).toEqual(['GM9999']);
  });
});
