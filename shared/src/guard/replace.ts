import type { Finding } from './types.ts';

/**
 * Puts the finding's suggested replacement in place of its match. When the text has changed
 * since the scan, the occurrence of the match nearest to the old position is replaced; when the
 * match is gone, the text is returned unchanged.
 */
export function applyReplacement(text: string, finding: Finding): string {
  const at = nearestOccurrence(text, finding.match, finding.start);
  if (at < 0) return text;
  return text.slice(0, at) + finding.replacement + text.slice(at + finding.match.length);
}

function nearestOccurrence(text: string, match: string, near: number): number {
  if (match === '') return -1;
  if (text.startsWith(match, near)) return near;
  const before = text.lastIndexOf(match, near);
  const after = text.indexOf(match, near);
  if (before < 0) return after;
  if (after < 0) return before;
  return near - before <= after - near ? before : after;
}

/** The findings that stop a text from being shared (valid BSNs and IBANs). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block');
}
