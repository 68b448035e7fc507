// Pure, without schema code: the server runs it before publishing, the browser to show the
// same findings before anyone agrees.
import { scanPersonalData } from '../guard/index.ts';
import type { ConfirmedWarning } from './cases.ts';
import type { SummaryContent, SummaryFinding } from './summaries.ts';
import { SUMMARY_TEXT_FIELDS, type SummaryTextField } from './summary-limits.ts';

export interface SummaryGuardResult {
  /** Valid BSNs and IBANs: nobody can agree to publish while one remains. */
  blocking: SummaryFinding[];
  /** Warnings nobody edited away or confirmed as fictional. */
  unconfirmed: SummaryFinding[];
  /** The confirmations that match a warning in the texts now; stale ones are dropped. */
  confirmed: ConfirmedWarning[];
}

/** Each text of a summary as the guard reads it; the table's cells one per line. */
export function summaryTexts(content: SummaryContent): Record<SummaryTextField, string> {
  const exchange = content.exchange
    .flatMap((row) => [row.municipality, row.approach, row.tools, row.whatWorks])
    .join('\n');
  return {
    question: content.question,
    insights: content.insights,
    exchange,
    advice: content.advice,
    takeaways: content.takeaways,
    followUps: content.followUps,
  };
}

/**
 * Runs the personal-data guard over every text of a summary and weighs the warnings against
 * the confirmations (same kind and exact text), as the cases do.
 */
export function guardSummary(
  content: SummaryContent,
  confirmations: readonly ConfirmedWarning[],
): SummaryGuardResult {
  const key = (kind: string, text: string) => `${kind}\u0000${text}`;
  const confirmedKeys = new Set(confirmations.map((c) => key(c.kind, c.text)));
  const texts = summaryTexts(content);
  const findings = SUMMARY_TEXT_FIELDS.flatMap((field) =>
    scanPersonalData(texts[field]).map((f): SummaryFinding => ({ field, ...f })),
  );
  const confirmed = new Map<string, ConfirmedWarning>();
  const unconfirmed: SummaryFinding[] = [];
  for (const warning of findings.filter((f) => f.severity === 'warn')) {
    const k = key(warning.kind, warning.match);
    if (confirmedKeys.has(k)) confirmed.set(k, { kind: warning.kind, text: warning.match });
    else unconfirmed.push(warning);
  }
  return {
    blocking: findings.filter((f) => f.severity === 'block'),
    unconfirmed,
    confirmed: [...confirmed.values()],
  };
}
