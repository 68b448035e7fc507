import type { Candidate } from '../types.ts';
import { followsReferenceLabel } from './context.ts';

// A run that may hold a Dutch phone number: +31, 0031 or a leading 0, then digits with
// spaces, dashes, dots and brackets, or a line break between two groups ('06 12⏎34 56 78', as a
// narrow column or a pasted signature wraps it). The run may be too long; it is cut at a group
// boundary below.
const PHONE_RUN =
  /(?<![\p{L}\p{N}_+/.,-])(?:\+31|0031|\(0|0)(?:[\d()\-. \t]|\r?\n(?=[ \t]*\d)){6,26}/gu;
const DATE_START = /^\(?\d{1,2}([-/.])\d{1,2}\1(?:19|20)?\d{2}(?!\d|\1\d)/;
// The digits of an IBAN with a typo in it are still no phone number: 'NL39 ASNB 0865 9957 05'.
const IBAN_PREFIX = /[A-Z]{2} ?\d{2}[ .-]?[A-Z]{4}[ .-]?$/i;
const TIME_AFTER = /^[:.]\d/;

/** Digits of the national number, or null when the text is not shaped like a Dutch number. */
function nationalDigits(written: string): string | null {
  const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
  if (written.startsWith('+31') || written.startsWith('0031')) {
    const national = digits.slice(written.startsWith('+') ? 2 : 4);
    return national.length === 9 && national[0] !== '0' ? national : null;
  }
  return digits.length === 10 && digits[0] === '0' && digits[1] !== '0' ? digits.slice(1) : null;
}

function bracketsBalanced(written: string): boolean {
  const open = written.split('(').length - 1;
  return open === written.split(')').length - 1 && open <= 1;
}

/** Ends of digit groups in a run: the offsets just after a digit that is followed by a non-digit. */
function groupEnds(run: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (/\d/.test(run.charAt(i)) && !/\d/.test(run.charAt(i + 1))) ends.push(i + 1);
  }
  return ends;
}

/** Dutch phone numbers: mobile (06), landlines, +31 and 0031, with spaces, dashes and brackets. */
export function findPhone(text: string): Candidate[] {
  const found: Candidate[] = [];
  const runs = new RegExp(PHONE_RUN);
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    // '(010 - 234 56 78)': a bracket around the whole number is punctuation, not an area code.
    const opensAround = m[0].startsWith('(0') && !/^\(0\d{1,3}\)/.test(m[0]);
    const start = m.index + (opensAround ? 1 : 0);
    const run = opensAround ? m[0].slice(1) : m[0];
    if (
      DATE_START.test(run) ||
      followsReferenceLabel(text, start) ||
      IBAN_PREFIX.test(text.slice(Math.max(0, start - 14), start))
    )
      continue;
    const cut = groupEnds(run).find((end) => nationalDigits(run.slice(0, end)) !== null);
    if (cut === undefined) continue;
    // A phone number is not followed by more digits after a dot or colon (that is a time or a decimal).
    // One line break at most: digits on three lines are a list, not one number.
    if (
      bracketsBalanced(run.slice(0, cut)) &&
      run.slice(0, cut).split('\n').length <= 2 &&
      !TIME_AFTER.test(text.slice(start + cut, start + cut + 2))
    ) {
      found.push({ kind: 'phone', start, end: start + cut });
    }
    // A second number may start in the rest of the run.
    runs.lastIndex = start + cut;
  }
  return found;
}
