// Plain constants without schema code, so the web app can import them without TypeBox.

/** Lengths of a case's texts, shared so the editor counts what the server would refuse. */
export const CASE_LIMITS = {
  titleMax: 150,
  situationMax: 5_000,
  questionMax: 1_000,
  /** Warnings a writer can confirm as fictional in one case. */
  confirmedWarningsMax: 100,
  /** Text the scan endpoint accepts at once: a whole case with room to spare. */
  scanTextMax: 10_000,
} as const;

/** Draft → ready (the guard passed) → used in a session → archived; ready can go back to draft. */
export const CASE_STATES = ['draft', 'ready', 'used', 'archived'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** The texts of a case that the guard checks, each on its own (offsets are per field). */
export const CASE_TEXT_FIELDS = ['title', 'situation', 'question'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];
