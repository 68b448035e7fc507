const LENGTH = 180;

function fold(text: string): string {
  // One character in, one character out, so offsets in the folded text fit the original.
  return [...text]
    .map((c) => c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().charAt(0) || c)
    .join('');
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
