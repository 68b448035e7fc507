import type { Language } from '@ods/shared/api/limits';
import type { Cell } from './overview-data.ts';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A count as the overview may show it: null where it is hidden. The server hides small counts
 * (and their complements) before it answers; a count of 1 to 4 that still arrives is hidden here
 * too, so no screen, title or label ever names one.
 */
export function hideSmall(value: Cell, threshold: number): Cell {
  return value !== null && value > 0 && value < threshold ? null : value;
}

/** A count as the tables show it: the number, or "< 5" where it is hidden. */
export function cellText(value: Cell, threshold: number, language: Language): string {
  const shown = hideSmall(value, threshold);
  return shown === null ? `< ${threshold}` : shown.toLocaleString(LOCALES[language]);
}

/** An average rating with one decimal ("3,8"), or null where too few ratings stand behind it. */
export function ratingText(value: number | null, language: Language): string | null {
  if (value === null) return null;
  return value.toLocaleString(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** A share 0–1 as a whole percentage ("40 %"), or null where too few groups stand behind it. */
export function shareText(value: number | null, language: Language): string | null {
  if (value === null) return null;
  return value.toLocaleString(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
}

/** A month (YYYY-MM) for an axis ("jan 26") or a table ("januari 2026"). */
export function monthText(month: string, language: Language, form: 'short' | 'long'): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString(LOCALES[language], {
    month: form,
    year: form === 'short' ? '2-digit' : 'numeric',
    timeZone: 'UTC',
  });
}

/** One point of a chart: shown ones carry their value, hidden ones only where they are. */
export interface ChartPoint {
  key: string;
  label: string;
  value: number | null;
}

/** Splits points into those drawn as marks and those marked "< 5" (never with a value). */
export function splitHidden(
  points: readonly ChartPoint[],
  threshold: number,
): {
  shown: (ChartPoint & { value: number })[];
  hidden: { key: string; label: string }[];
} {
  const shown: (ChartPoint & { value: number })[] = [];
  const hidden: { key: string; label: string }[] = [];
  for (const point of points) {
    const value = hideSmall(point.value, threshold);
    if (value === null) hidden.push({ key: point.key, label: point.label });
    else shown.push({ ...point, value });
  }
  return { shown, hidden };
}
