import type { ConfirmedWarning } from '@ods/shared/api/cases';
import type { Finding } from '@ods/shared/guard';

/** Whether the writer said this warning is fictional (same kind, same text). */
export function isConfirmed(confirmed: readonly ConfirmedWarning[], finding: Finding): boolean {
  return confirmed.some((c) => c.kind === finding.kind && c.text === finding.match);
}

/** The confirmations with this finding's added or taken out. */
export function withConfirmation(
  confirmed: readonly ConfirmedWarning[],
  finding: Finding,
  fictional: boolean,
): ConfirmedWarning[] {
  const others = confirmed.filter((c) => !(c.kind === finding.kind && c.text === finding.match));
  return fictional ? [...others, { kind: finding.kind, text: finding.match }] : others;
}

/** Only the confirmations that still match a warning, as the server wants them. */
export function currentConfirmations(
  confirmed: readonly ConfirmedWarning[],
  findings: readonly Finding[],
): ConfirmedWarning[] {
  return confirmed.filter((c) =>
    findings.some((f) => f.severity === 'warn' && f.kind === c.kind && f.match === c.text),
  );
}

/** Findings that stand in the way of "ready": blocking ones, and warnings nobody confirmed. */
export function outstanding(findings: readonly Finding[], confirmed: readonly ConfirmedWarning[]) {
  return {
    blocking: findings.filter((f) => f.severity === 'block'),
    unconfirmed: findings.filter((f) => f.severity === 'warn' && !isConfirmed(confirmed, f)),
  };
}
