// Bench of the personal-data guard: one scan of a 5 000-character case text, as on every pause
// in typing. Printed against a trivial regex pass over the same text, measured in the same run.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { scanPersonalData } from '@ods/shared/guard/index';
import { LABELLED_SET } from '@ods/shared/guard/labelled-set';
import { CASE_NOTES_BATCH } from '@ods/shared/guard/labelled/case-notes-batch';
import { FRESH_BATCH } from '@ods/shared/guard/labelled/fresh-batch';
import { UNSEEN_BATCH } from '@ods/shared/guard/labelled/unseen-batch';
import { formatQualityTable, measureQuality } from '@ods/shared/guard/quality';
import { heldOutSet } from './held-out-set.ts';
import { sampleCaseText } from './sample-text.ts';

const TEXT_LENGTH = 5_000;
const WARM_UP = 200;
const RUNS = 2_000;
const TARGET_MS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

// Wall-clock time, and the process's own CPU time per run: on a machine shared with other busy
// processes the wall clock also counts the time the scheduler gave to them.
function measure(work: () => unknown): {
  median: number;
  p95: number;
  cpuMedian: number;
  cpuP95: number;
} {
  for (let i = 0; i < WARM_UP; i++) work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuMedian: percentile(cpu, 0.5),
    cpuP95: percentile(cpu, 0.95),
  };
}

const text = sampleCaseText(TEXT_LENGTH);
const findings = scanPersonalData(text);
// A slightly different text each run, so no cache of the last text can answer.
let run = 0;
const guard = measure(() =>
  scanPersonalData(`${text.slice(0, -4)}${String(run++ % 1000).padStart(4, ' ')}`),
);
const baseline = measure(() => text.match(/\d+/g));

const ms = (value: number): string => `${value.toFixed(3)} ms`;
console.log(
  `Personal-data guard, ${text.length} characters, ${findings.length} findings, ${RUNS} runs (Node ${process.version})`,
);
console.log(`| measure | median | p95 |`);
console.log(`| --- | ---: | ---: |`);
console.log(`| scanPersonalData (wall clock) | ${ms(guard.median)} | ${ms(guard.p95)} |`);
console.log(
  `| scanPersonalData (CPU time of this process) | ${ms(guard.cpuMedian)} | ${ms(guard.cpuP95)} |`,
);
console.log(`| baseline: one /\\d+/g pass | ${ms(baseline.median)} | ${ms(baseline.p95)} |`);
console.log(
  `| ratio guard / baseline | ${(guard.median / baseline.median).toFixed(1)}× | ${(guard.p95 / baseline.p95).toFixed(1)}× |`,
);
console.log(
  `Target ≤ ${TARGET_MS} ms per scan: ${guard.p95 <= TARGET_MS ? 'met' : 'NOT met'} (p95 wall clock), ${guard.cpuP95 <= TARGET_MS ? 'met' : 'NOT met'} (p95 CPU time); load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores.`,
);

const report = measureQuality(LABELLED_SET, (sentence) => scanPersonalData(sentence));
console.log(
  `\nPrecision and recall on ${LABELLED_SET.length} labelled sentences:\n${formatQualityTable(report)}`,
);

const unseen = measureQuality(UNSEEN_BATCH, (sentence) => scanPersonalData(sentence));
console.log(
  `\nPrecision and recall on the unseen batch (${UNSEEN_BATCH.length} sentences written before tuning, labelled/unseen-batch.ts):\n${formatQualityTable(unseen)}`,
);

const fresh = measureQuality(FRESH_BATCH, (sentence) => scanPersonalData(sentence));
console.log(
  `\nPrecision and recall on the fresh batch (${FRESH_BATCH.length} sentences written after tuning, labelled/fresh-batch.ts):\n${formatQualityTable(fresh)}`,
);

const caseNotes = measureQuality(CASE_NOTES_BATCH, (sentence) => scanPersonalData(sentence));
console.log(
  `\nPrecision and recall on the case-notes batch (${CASE_NOTES_BATCH.length} sentences written after the organisation words, labelled/case-notes-batch.ts):\n${formatQualityTable(caseNotes)}`,
);

const HELD_OUT_SIZE = 700;
const heldOut = heldOutSet(HELD_OUT_SIZE);
const heldOutReport = measureQuality(heldOut, (sentence) => scanPersonalData(sentence));
console.log(
  `\nPrecision and recall on ${HELD_OUT_SIZE} template sentences with held-out names and fresh numbers (held-out-set.ts):\n${formatQualityTable(heldOutReport)}`,
);
if (process.argv.includes('--mistakes'))
  for (const m of [
    ...unseen.mistakes,
    ...fresh.mistakes,
    ...caseNotes.mistakes,
    ...heldOutReport.mistakes,
  ])
    console.log(JSON.stringify(m));
