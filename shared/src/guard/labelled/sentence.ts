import type { FindingKind } from '../types.ts';

export interface ExpectedFinding {
  kind: FindingKind;
  match: string;
}

/** A Dutch sentence written for this project with the personal data it contains (possibly none). */
export interface LabelledSentence {
  text: string;
  expected: ExpectedFinding[];
}

/** Shorthand for the labelled set: `s('Bel 06-12345678.', ['phone', '06-12345678'])`. */
export function s(text: string, ...expected: [FindingKind, string][]): LabelledSentence {
  return { text, expected: expected.map(([kind, match]) => ({ kind, match })) };
}
