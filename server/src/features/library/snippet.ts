const LENGTH = 180;

const folded = new Map<string, string>();

function foldCharacter(c: string): string {
  let result = folded.get(c);
  if (result === undefined) {
    result = c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().charAt(0) || c;
    if (folded.size < 10_000) folded.set(c, result);
  }
  return result;
}

function fold(text: string): string {
  // One character in, one character out, so offsets in the folded text fit the original.
  // Plain ASCII (most of every summary) lowercases one to one; only the rest is normalised,
  // each distinct character once: per character for every result was most of a search's time.
  if (/^[\p{ASCII}]*$/u.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) out += c.charCodeAt(0) < 0x80 ? c.toLowerCase() : foldCharacter(c);
  return out;
}

/**
 * A short passage of a summary for a result list: around the first place a search word
 * starts a word, or the beginning of the body (after the title line) without a search.
 */
export function snippetOf(text: string, terms: readonly string[]): string {
  const body = text.includes('\n') ? text.slice(text.indexOf('\n') + 1) : text;
  const flat = body.replace(/\s+/g, ' ').trim();
  const folded = fold(flat);
  const hits = terms
    .map((term) => folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escape(fold(term))}`, 'u')))
    .filter((at) => at >= 0);
  const at = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, at - 40);
  const end = Math.min(flat.length, start + LENGTH);
  const cutStart = start > 0 ? flat.indexOf(' ', start) + 1 || start : 0;
  const cutEnd = end < flat.length ? flat.lastIndexOf(' ', end) : end;
  const passage = flat.slice(cutStart, cutEnd > cutStart ? cutEnd : end).trim();
  return `${cutStart > 0 ? '…' : ''}${passage}${end < flat.length ? '…' : ''}`;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
