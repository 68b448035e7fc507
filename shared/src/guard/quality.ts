import type { LabelledSentence } from './labelled/sentence.ts';
import { FINDING_KINDS, type Finding, type FindingKind } from './types.ts';

export interface KindScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was found (no false alarms possible). */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
}

export interface QualityReport {
  perKind: Record<FindingKind, KindScore>;
  overall: KindScore;
  /** Sentences where the findings differ from the labels, for diagnosing. */
  mistakes: { text: string; missed: string[]; spurious: string[] }[];
}

function score(tp: number, fp: number, fn: number): KindScore {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Precision and recall of a scanner on a labelled set. A finding counts as correct when its
 * kind and its exact matched text equal a label of the same sentence.
 */
export function measureQuality(
  set: readonly LabelledSentence[],
  scan: (text: string) => readonly Finding[],
): QualityReport {
  const counts = new Map<FindingKind, { tp: number; fp: number; fn: number }>(
    FINDING_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]),
  );
  const mistakes: QualityReport['mistakes'] = [];
  for (const sentence of set) {
    const missed = sentence.expected.map((e) => `${e.kind}: ${e.match}`);
    const spurious: string[] = [];
    for (const finding of scan(sentence.text)) {
      const key = `${finding.kind}: ${finding.match}`;
      const at = missed.indexOf(key);
      const count = counts.get(finding.kind);
      if (!count) continue;
      if (at >= 0) {
        missed.splice(at, 1);
        count.tp++;
      } else {
        spurious.push(key);
        count.fp++;
      }
    }
    for (const key of missed) {
      const count = counts.get(key.slice(0, key.indexOf(':')) as FindingKind);
      if (count) count.fn++;
    }
    if (missed.length > 0 || spurious.length > 0)
      mistakes.push({ text: sentence.text, missed, spurious });
  }
  const perKind = Object.fromEntries(
    FINDING_KINDS.map((kind) => {
      const c = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      return [kind, score(c.tp, c.fp, c.fn)];
    }),
  ) as Record<FindingKind, KindScore>;
  const totals = Object.values(perKind).reduce(
    (sum, k) => ({
      tp: sum.tp + k.truePositives,
      fp: sum.fp + k.falsePositives,
      fn: sum.fn + k.falseNegatives,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { perKind, overall: score(totals.tp, totals.fp, totals.fn), mistakes };
}

/** The report as a Markdown table (kind, TP, FP, FN, precision, recall). */
export function formatQualityTable(report: QualityReport): string {
  const row = (name: string, k: KindScore): string =>
    `| ${name} | ${k.truePositives} | ${k.falsePositives} | ${k.falseNegatives} | ${k.precision.toFixed(3)} | ${k.recall.toFixed(3)} |`;
  return [
    '| kind | TP | FP | FN | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...FINDING_KINDS.map((kind) => row(kind, report.perKind[kind])),
    row('**overall**', report.overall),
  ].join('\n');
}
