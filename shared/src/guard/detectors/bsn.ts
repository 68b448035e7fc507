import { passesElfproef } from '../checksums.ts';
import type { Candidate } from '../types.ts';

// Nine digits in any grouping people type: single spaces, dots, dashes or slashes between any
// digits (111.222.333, 1112 22 333, 7407-75-261, 159/472/465) or a line break inside the number.
// Not part of a longer run of digits (a phone number, a date with a time), a decimal, a code with
// letters, or a phone number after +31 or (0).
const SEPARATOR = '(?:[ ./-]|[ \\t]*\\r?\\n[ \\t]*)?';
const NINE_DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}_.,/+-]|\\d[ ./-]|\\d\\s|\\+\\d{1,3}[ -]?|\\(0\\)[ -]?)\\d(?:${SEPARATOR}\\d){8}(?![\\p{L}\\p{N}_]|[ .,/-]?\\d|\\s+\\d)`,
  'gu',
);
// Amounts like € 111.222.333 or 111.222.333,00 are money, not identifiers.
const MONEY_BEFORE = /(?:€|eur|euro)\s*$/i;
const MONEY_AFTER = /^(?:,\d|,-|\s*(?:euro|eur)\b)/i;

/** Citizen service numbers: nine digits passing the 11-test. */
export function findBsn(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(NINE_DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!passesElfproef(m[0].replace(/\D/g, ''))) continue;
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (MONEY_AFTER.test(text.slice(end, end + 7))) continue;
    found.push({ kind: 'bsn', start, end });
  }
  return found;
}
