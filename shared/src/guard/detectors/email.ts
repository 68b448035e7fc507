import type { Candidate } from '../types.ts';

// Local part, @, and a domain with at least one dot and a top-level domain of letters. Matched
// from each '@' outwards: a pattern starting at every letter of a 5 000-character text was the
// slowest part of a scan.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-])/uy;

/** E-mail addresses. */
export function findEmail(text: string): Candidate[] {
  const found: Candidate[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    found.push({ kind: 'email', start, end });
    lastEnd = end;
  }
  return found;
}
