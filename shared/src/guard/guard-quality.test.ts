import { describe, expect, it } from 'vitest';
import { LABELLED_SET } from './labelled-set.ts';
import { CASE_NOTES_BATCH } from './labelled/case-notes-batch.ts';
import { UNSEEN_BATCH } from './labelled/unseen-batch.ts';
import { formatQualityTable, measureQuality } from './quality.ts';
import { scanPersonalData } from './scan.ts';
import { FINDING_KINDS } from './types.ts';

// shared/ compiles without Node or DOM types; the test runner does have a console to print the table on.
declare const console: { log: (...parts: unknown[]) => void };

describe('guard quality on the labelled set', () => {
  const report = measureQuality(LABELLED_SET, (text) => scanPersonalData(text));
  console.log(
    `Personal-data guard on ${LABELLED_SET.length} labelled sentences\n${formatQualityTable(report)}`,
  );
  if (report.mistakes.length > 0)
    console.log('Mistakes:', JSON.stringify(report.mistakes, null, 2));

  it('has at least 150 sentences, with positives of every kind and sentences without personal data', () => {
    expect(LABELLED_SET.length).toBeGreaterThanOrEqual(150);
    for (const kind of FINDING_KINDS) {
      expect(
        LABELLED_SET.filter((s) => s.expected.some((e) => e.kind === kind)).length,
      ).toBeGreaterThanOrEqual(10);
    }
    expect(LABELLED_SET.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  it('labels only text that occurs in its sentence', () => {
    for (const sentence of LABELLED_SET) {
      for (const e of sentence.expected) expect(sentence.text).toContain(e.match);
    }
  });

  it('finds every valid BSN and IBAN (recall 100 %)', () => {
    expect(report.perKind.bsn.recall).toBe(1);
    expect(report.perKind.iban.recall).toBe(1);
  });

  it('reaches overall precision and recall of at least 0.9', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.9);
  });
});

// Issue 15's targets on the batch written before tuning (scored once before, docs/BENCHMARKS.md).
describe('guard quality on the batch written before tuning', () => {
  const report = measureQuality(UNSEEN_BATCH, (text) => scanPersonalData(text));
  if (report.mistakes.length > 0)
    console.log('Mistakes (unseen batch):', JSON.stringify(report.mistakes, null, 2));

  it('has at least 150 sentences with labels that occur in them', () => {
    expect(UNSEEN_BATCH.length).toBeGreaterThanOrEqual(150);
    for (const sentence of UNSEEN_BATCH)
      for (const e of sentence.expected) expect(sentence.text).toContain(e.match);
  });

  it('finds every BSN and IBAN, 95 % of names, 97 % of all, with precision 0.95', () => {
    expect(report.perKind.bsn.recall).toBe(1);
    expect(report.perKind.iban.recall).toBe(1);
    expect(report.perKind['person-name'].recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});

// Issue 15's targets on the case-notes batch (its first-seen score is in docs/BENCHMARKS.md).
describe('guard quality on the case-notes batch', () => {
  const report = measureQuality(CASE_NOTES_BATCH, (text) => scanPersonalData(text));
  if (report.mistakes.length > 0)
    console.log('Mistakes (case-notes batch):', JSON.stringify(report.mistakes, null, 2));

  it('has at least 150 sentences with labels that occur in them', () => {
    expect(CASE_NOTES_BATCH.length).toBeGreaterThanOrEqual(150);
    for (const sentence of CASE_NOTES_BATCH)
      for (const e of sentence.expected) expect(sentence.text).toContain(e.match);
  });

  it('finds every BSN and IBAN, 95 % of names, 97 % of all, with precision 0.95', () => {
    expect(report.perKind.bsn.recall).toBe(1);
    expect(report.perKind.iban.recall).toBe(1);
    expect(report.perKind['person-name'].recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
