import type { Candidate } from '../types.ts';

// Local part, @, and a domain with at least one dot and a top-level domain of letters.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-])/gu;

/** E-mail addresses. */
export function findEmail(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email',
    start: m.index,
    end: m.index + m[0].length,
  }));
}
