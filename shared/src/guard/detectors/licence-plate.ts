import type { Candidate } from '../types.ts';

// The Dutch sidecodes 1–14 (L = letter, D = digit).
const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];

const ALTERNATIVES = SIDECODES.map((code) =>
  code.replace(/L+|D+/g, (run) =>
    run[0] === 'L' ? `[A-Za-z]{${run.length}}` : `\\d{${run.length}}`,
  ),
);
const PLATE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${ALTERNATIVES.join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`,
  'gu',
);
const KENTEKEN_BEFORE = /kenteken(?:nummer)?\s*:?\s*$/i;
// After the word kenteken, a plate may also be typed without dashes or with spaces: 'kenteken GT908K'.
const LOOSE_AFTER_LABEL = new RegExp(
  `kenteken(?:nummer)?\\s*:?\\s*(${SIDECODES.map((code) =>
    code
      .split('-')
      .map((run) => (run[0] === 'L' ? `[A-Za-z]{${run.length}}` : `\\d{${run.length}}`))
      .join('[ ]?'),
  ).join('|')})(?![\\p{L}\\p{N}_-])`,
  'giu',
);

/** Dutch licence plates in any sidecode, written with dashes. */
export function findLicencePlate(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(PLATE)) {
    const start = m.index;
    // Capitals always count; other case only right after 'kenteken' (a hyphenated compound otherwise).
    if (
      m[0] === m[0].toUpperCase() ||
      KENTEKEN_BEFORE.test(text.slice(Math.max(0, start - 20), start))
    ) {
      found.push({ kind: 'licence-plate', start, end: start + m[0].length });
    }
  }
  for (const m of text.matchAll(LOOSE_AFTER_LABEL)) {
    const plate = m[1] ?? '';
    const start = m.index + m[0].length - plate.length;
    if (!found.some((f) => f.start === start))
      found.push({ kind: 'licence-plate', start, end: start + plate.length });
  }
  return found;
}
