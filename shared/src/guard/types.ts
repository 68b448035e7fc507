/** The kinds of personal data the guard looks for. A postcode with house number counts as an address. */
export const FINDING_KINDS = [
  'bsn',
  'iban',
  'phone',
  'email',
  'address',
  'date-of-birth',
  'licence-plate',
  'person-name',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** 'block': sharing is impossible until removed; 'warn': the writer edits or confirms it is fictional. */
export type Severity = 'block' | 'warn';

export interface LocalizedText {
  nl: string;
  en: string;
}

/** One piece of (probable) personal data in a text. */
export interface Finding {
  kind: FindingKind;
  /** UTF-16 offset of the first character, as used by String.prototype.slice and DOM ranges. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** The matched text, equal to text.slice(start, end). */
  match: string;
  severity: Severity;
  reason: LocalizedText;
  /** A one-click fix: the text to put in place of the match. */
  replacement: string;
}

/** What a detector reports before the scanner adds severity, reason and defaults. */
export interface Candidate {
  kind: FindingKind;
  start: number;
  end: number;
  /** Only where the fix depends on the match (e.g. keeping 'mevrouw' in a name). */
  replacement?: string;
}

export interface ScanOptions {
  /** Look only for these kinds (default: all). */
  kinds?: readonly FindingKind[];
  /**
   * Matches the writer has confirmed as fictional ("dit is fictief"). Warnings with exactly this
   * text are left out; blocking findings are never left out, a valid BSN stays a BSN.
   */
  confirmedFictional?: readonly string[];
}

/** A detector finds candidates of one kind in the whole text. */
export type Detector = (text: string) => Candidate[];
