import { hideSmall } from './cells.ts';
import type { Cell } from './overview-data.ts';

/**
 * The colour classes of the map, from "nobody yet" to "25 or more". A hidden count has its own
 * class ("fewer than 5"): the map never shows where in 1–4 it lies.
 */
export const MAP_CLASSES = ['none', 'fewer', 'from5', 'from10', 'from25'] as const;
export type MapClass = (typeof MAP_CLASSES)[number];

/**
 * A sequential blue scale, light to dark, after ColorBrewer "Blues"; "nobody" is a neutral
 * grey so it does not read as a little. Each step differs clearly in lightness, and the table
 * beside the map carries every figure for whoever cannot tell the colours apart.
 */
export const MAP_COLOURS: Record<MapClass, string> = {
  none: '#e6e6e6',
  fewer: '#bdd7ee',
  from5: '#6baed6',
  from10: '#2171b5',
  from25: '#08306b',
};

/** The class of a municipality's count; one missing from the data has nobody taking part. */
export function mapClassOf(professionals: Cell | undefined): MapClass {
  if (professionals === undefined || professionals === 0) return 'none';
  if (professionals === null) return 'fewer';
  if (professionals >= 25) return 'from25';
  if (professionals >= 10) return 'from10';
  if (professionals >= 5) return 'from5';
  // A count below the threshold that arrived unhidden still only shows as "fewer than 5".
  return 'fewer';
}

export interface MunicipalityShape {
  code: string;
  name: string;
  province: string;
}

export interface ParticipationRow extends MunicipalityShape {
  professionals: Cell;
  mapClass: MapClass;
}

/**
 * Every municipality of the map with its count and class, in alphabetical order per province,
 * as the table lists them. Counts for codes the map does not know are left out (a municipality
 * merged away since the boundaries were drawn), and reported by `unknownCodes`.
 */
export function participationRows(
  shapes: readonly MunicipalityShape[],
  counts: readonly { code: string; professionals: Cell }[],
  threshold: number,
): ParticipationRow[] {
  const byCode = new Map(counts.map((c) => [c.code, hideSmall(c.professionals, threshold)]));
  return shapes
    .map((shape) => {
      const professionals = byCode.has(shape.code) ? byCode.get(shape.code)! : 0;
      return { ...shape, professionals, mapClass: mapClassOf(professionals) };
    })
    .sort(
      (a, b) =>
        a.province.localeCompare(b.province) ||
        a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }),
    );
}

/** Codes in the counts that the map has no shape for. */
export function unknownCodes(
  shapes: readonly MunicipalityShape[],
  counts: readonly { code: string }[],
): string[] {
  const known = new Set(shapes.map((s) => s.code));
  return counts.map((c) => c.code).filter((code) => !known.has(code));
}
