import type { Finding } from '@ods/shared/guard';

/** A run of text, either plain or one finding's match. */
export type Segment = { text: string; finding?: Finding };

/**
 * Cuts a text into plain runs and findings, in order, for a highlighted copy of it. Findings
 * are expected sorted and without overlap (as the guard returns them); one that overlaps an
 * earlier one or falls outside the text is shown as plain text rather than garbling the copy.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at || finding.end > text.length || finding.end <= finding.start) continue;
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
