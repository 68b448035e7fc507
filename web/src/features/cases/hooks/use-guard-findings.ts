import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseTextField } from '@ods/shared/api/case-limits';
import { scanPersonalData, type Finding } from '@ods/shared/guard';

export type CaseTexts = Record<CaseTextField, string>;

/** How long typing must pause before the guard looks again. */
const PAUSE_MS = 300;

/**
 * The guard's findings for each text of a case, computed in the browser once typing pauses.
 * `scanned` is the text the findings belong to (their offsets point into it); `scanNow` skips
 * the pause, e.g. right after a one-click fix, so the fixed finding disappears at once.
 */
export function useGuardFindings(texts: CaseTexts) {
  const { title, situation, question } = texts;
  const [scanned, setScanned] = useState<CaseTexts>(texts);

  useEffect(() => {
    const timer = window.setTimeout(() => setScanned({ title, situation, question }), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [title, situation, question]);

  const findings = useMemo<Record<CaseTextField, Finding[]>>(
    () => ({
      title: scanPersonalData(scanned.title),
      situation: scanPersonalData(scanned.situation),
      question: scanPersonalData(scanned.question),
    }),
    [scanned],
  );
  const scanNow = useCallback((next: CaseTexts) => setScanned(next), []);
  return { scanned, findings, scanNow };
}
