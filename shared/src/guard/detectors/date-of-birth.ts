import type { Candidate } from '../types.ts';

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)';
// 03-03-1985, 3/3/85, 3.3.1985, 1985-03-03, 3 maart 1985, 3e maart 1985.
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}([-/.])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:e|ste|de)?\\s+${MONTH}\\.?\\s+(?:\\d{4}|['’]\\d{2}))(?![\\p{L}\\p{N}]|[-/.]\\d)`,
  'giu',
);
// A date is a date of birth when the same clause introduces it as one, before or just after it.
const INTRODUCED_BEFORE =
  /(?:geboren|geb\.|geb\b|geboortedatum|geboorte\s*datum|geb\.?\s*datum|verjaardag)[^.!?\n,;]{0,25}$/i;
const INTRODUCED_AFTER = /^[^.!?\n,;]{0,12}\bgeboren\b/i;

/** Dates introduced as a date of birth ('geboren op 3 maart 1985', 'geb. 03-03-1985'). Years alone are not. */
export function findDateOfBirth(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 45), start);
    if (INTRODUCED_BEFORE.test(before) || INTRODUCED_AFTER.test(text.slice(end, end + 20))) {
      found.push({ kind: 'date-of-birth', start, end });
    }
  }
  return found;
}
