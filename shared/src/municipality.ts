/** The five municipality size classes, smallest first, with their lower population bound. */
export const SIZE_CLASSES = ['klein', 'middelgroot', 'groot', 'zeer-groot', 'grootste'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const LOWER_BOUNDS: Record<SizeClass, number> = {
  klein: 0,
  middelgroot: 20_000,
  groot: 50_000,
  'zeer-groot': 100_000,
  grootste: 250_000,
};

/** Size class of a municipality by its number of inhabitants (bounds are inclusive below). */
export function sizeClassOf(population: number): SizeClass {
  let result: SizeClass = 'klein';
  for (const sizeClass of SIZE_CLASSES) {
    if (population >= LOWER_BOUNDS[sizeClass]) result = sizeClass;
  }
  return result;
}

export const SIZE_CLASS_LABELS: Record<SizeClass, { nl: string; en: string }> = {
  klein: { nl: 'klein (< 20.000)', en: 'small (< 20,000)' },
  middelgroot: { nl: 'middelgroot (20.000–50.000)', en: 'medium (20,000–50,000)' },
  groot: { nl: 'groot (50.000–100.000)', en: 'large (50,000–100,000)' },
  'zeer-groot': { nl: 'zeer groot (100.000–250.000)', en: 'very large (100,000–250,000)' },
  grootste: { nl: 'grootste (≥ 250.000)', en: 'largest (≥ 250,000)' },
};
