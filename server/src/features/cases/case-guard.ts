import { scanPersonalData } from '@ods/shared/guard';
import { CASE_TEXT_FIELDS, type CaseFinding, type CaseTextField } from '@ods/shared/api/cases';
import type { ConfirmedWarning } from '@ods/shared/api/cases';

export interface CaseGuardResult {
  /** Valid BSNs and IBANs: the case cannot become ready while one remains. */
  blocking: CaseFinding[];
  /** Warnings the writer neither edited nor confirmed as fictional. */
  unconfirmed: CaseFinding[];
  /** The confirmations that match a warning in the texts now; stale ones are dropped. */
  confirmed: ConfirmedWarning[];
}

/**
 * Runs the personal-data guard over each text of a case and weighs the warnings against the
 * writer's confirmations (same kind and exact text). Pure: the same texts give the same answer
 * as the guard in the browser.
 */
export function guardCase(
  texts: Record<CaseTextField, string>,
  confirmations: readonly ConfirmedWarning[],
): CaseGuardResult {
  const key = (kind: string, text: string) => `${kind}\u0000${text}`;
  const confirmedKeys = new Set(confirmations.map((c) => key(c.kind, c.text)));
  const findings = CASE_TEXT_FIELDS.flatMap((field) =>
    scanPersonalData(texts[field]).map((f): CaseFinding => ({ field, ...f })),
  );
  const blocking = findings.filter((f) => f.severity === 'block');
  const warnings = findings.filter((f) => f.severity === 'warn');
  const confirmed = new Map<string, ConfirmedWarning>();
  const unconfirmed: CaseFinding[] = [];
  for (const warning of warnings) {
    const k = key(warning.kind, warning.match);
    if (confirmedKeys.has(k)) confirmed.set(k, { kind: warning.kind, text: warning.match });
    else unconfirmed.push(warning);
  }
  return { blocking, unconfirmed, confirmed: [...confirmed.values()] };
}
