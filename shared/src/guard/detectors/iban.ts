import { getCountrySpecifications } from 'ibantools';
import { isValidWrittenIban } from '../checksums.ts';
import type { Candidate } from '../types.ts';

const SPECS = getCountrySpecifications();

// Country code and check digits at a word start, perhaps with a space between them ('NL 71');
// the rest is read per the country's length.
const IBAN_START = /(?<![\p{L}\p{N}_])[a-z]{2} ?\d{2}/giu;
// Between groups people type a space, a dash or a dot, or the number runs over a line break.
const GROUP_BREAK = /^(?:[ .-]|[ \t]*\r?\n[ \t]*)/;
const ALNUM = /[A-Za-z0-9]/;

/**
 * Reads `count` letters/digits from `from`, allowing one group break between them.
 * Returns the end offset, or -1 when the text runs out or breaks off first.
 */
function readGrouped(text: string, from: number, count: number): number {
  let i = from;
  let read = 0;
  while (read < count && i < text.length) {
    const ch = text.charAt(i);
    if (ALNUM.test(ch)) {
      read++;
      i++;
    } else {
      const gap = read > 0 ? GROUP_BREAK.exec(text.slice(i, i + 8)) : null;
      if (gap === null || !ALNUM.test(text.charAt(i + gap[0].length))) return -1;
      i += gap[0].length;
    }
  }
  return read === count ? i : -1;
}

/** IBANs of any country in the IBAN registry, with valid check digits. */
export function findIban(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const chars = SPECS[m[0].slice(0, 2).toUpperCase()]?.chars;
    if (!chars) continue;
    const start = m.index;
    // The first group of the rest may follow the check digits after a group break (NL91 ABNA ...).
    const afterCheck = start + m[0].length;
    const gap = GROUP_BREAK.exec(text.slice(afterCheck, afterCheck + 8));
    const restFrom = afterCheck + (gap?.[0].length ?? 0);
    const end = readGrouped(text, restFrom, chars - 4);
    if (end < 0 || ALNUM.test(text.charAt(end))) continue;
    if (!isValidWrittenIban(text.slice(start, end).replace(/[^A-Za-z0-9]/g, ''))) continue;
    found.push({ kind: 'iban', start, end });
  }
  return found;
}
