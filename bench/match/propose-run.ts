// A round proposal end to end, as the app runs one: proposeRound on a seeded SQLite file
// (propose-seed.ts) with the match in a worker thread, from the call to the stored proposal,
// with the time at which each phase began, the peak RSS of the process (worker included), and
// in the same run the greedy baseline and matchRound alone on the pool as the main thread reads
// it.
// Prints one JSON line. Usage: node match/propose-run.ts <size> [deadline seconds] [effort]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@ods/db';
import { evaluateGroups } from '@ods/server/core/matcher/evaluate';
import { matchRound } from '@ods/server/core/matcher/match-round';
import { matchSettings } from '@ods/server/core/matcher/settings';
import type { MatchGroup } from '@ods/server/core/matcher/types';
import { validateResult } from '@ods/server/core/matcher/validate';
import { listReadyCases } from '@ods/server/domain/cases/ready-cases';
import { proposalInWorker, startSpareWorker } from '@ods/server/features/rounds/propose-in-worker';
import { readPool } from '@ods/server/features/rounds/pool.repository';
import { decodeMatchInput } from '@ods/server/features/rounds/round-input';
import type { StoredProposal } from '@ods/server/features/rounds/round-proposal';
import { proposeRound } from '@ods/server/features/rounds/rounds.service';
import { withDefaults } from '@ods/server/features/rounds/rounds.validation';
import { greedyBaseline } from './baselines.ts';
import { SEED_NOW, seededCopy } from './propose-seed.ts';

const size = Number(process.argv[2] ?? 10_000);
const deadlineSeconds = Number(process.argv[3] ?? 300);
const effort = Number(process.argv[4] ?? 50);
const mib = (kib: number): number => Math.round(kib / 1024);

const dataDir = mkdtempSync(join(tmpdir(), 'ods-bench-propose-'));
const seedStarted = performance.now();
await seededCopy(size, dataDir);
const seedMs = performance.now() - seedStarted;
const database = createDatabase({ dataDir });
const { db } = database;
const request = withDefaults({ periodStart: '2026-12-07', periodEnd: '2026-12-18', seed: 1 });
const rssBefore = mib(process.resourceUsage().maxRSS);

// As the app runs a proposal after its first: in the thread started ahead for it. How long
// starting one takes is told apart (the first proposal after a start waits for it).
const coldStarted = performance.now();
await startSpareWorker();
const workerStartMs = performance.now() - coldStarted;
const phases: Record<string, number> = {};
// The resident memory at its highest in each phase (sampled here; the worker does the work).
const rssByPhase: Record<string, number> = {};
let phaseNow = 'start';
const sampler = setInterval(() => {
  const rss = mib(process.memoryUsage.rss() / 1024);
  rssByPhase[phaseNow] = Math.max(rssByPhase[phaseNow] ?? 0, rss);
}, 20);
let objective: number | null = null;
const controller = new AbortController();
const started = performance.now();
let failed: string | null = null;
const roundId = await proposeRound(db, request, {
  now: SEED_NOW,
  proposedBy: null,
  ...proposalInWorker({ deadlineSeconds, iterationsPerPerson: effort }, database.location, {
    signal: controller.signal,
    phase: (phase) => {
      phases[phase] ??= Math.round(performance.now() - started);
      phaseNow = phase;
    },
    best: (best) => (objective = best),
  }),
}).catch((error: unknown) => {
  // A proposal past its deadline fails and says so (ROUND_DEADLINE): that is a result too.
  failed = (error as { code?: string }).code ?? String(error);
  return null;
});
const totalMs = performance.now() - started;
clearInterval(sampler);
const peakRssMiB = mib(process.resourceUsage().maxRSS);
if (roundId === null) {
  console.log(
    JSON.stringify({
      size,
      deadlineSeconds,
      failed,
      totalMs: Math.round(totalMs),
      workerStartMs: Math.round(workerStartMs),
      phases,
      peakRssMiB,
      rssByPhase,
    }),
  );
  await database.db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

// The stored proposal as the matcher sees it, checked and scored against the stored input.
const row = await db
  .selectFrom('match_rounds')
  .select(['proposal', 'match_input'])
  .where('id', '=', roundId)
  .executeTakeFirstOrThrow();
const input = decodeMatchInput(row.match_input!);
const proposal = JSON.parse(row.proposal) as StoredProposal;
const slotAt = new Map(input.slots.map((s) => [s.startsAt, s.id]));
// Without each group's score: neither the validator nor evaluateGroups reads it.
const groups = proposal.groups.map((g) => ({
  topic: g.topic.slug,
  slotId: slotAt.get(g.startsAt)!,
  caseId: g.caseId,
  members: g.members.map((m) => ({ id: m.userId, role: m.role })),
  explanation: g.explanation,
}));
const leftOut = proposal.leftOut.map((p) => ({
  id: p.userId,
  reason: p.reason,
  explanation: p.explanation,
}));
const score = evaluateGroups(input, groups);
const violations = validateResult(input, {
  groups: groups as Omit<MatchGroup, 'score'>[] as MatchGroup[],
  leftOut,
}).length;

// The greedy baseline on the same pool, read here on the main thread (as proposals did).
const readStarted = performance.now();
const snapshot = await readPool(db, {
  periodStart: request.periodStart,
  periodEnd: request.periodEnd,
  now: SEED_NOW,
  sessionMinutes: request.sessionMinutes,
  readyCases: await listReadyCases(db),
});
const mainThreadReadMs = performance.now() - readStarted;
const greedyInput = {
  pool: snapshot.pool,
  cases: snapshot.cases,
  slots: snapshot.slots,
  topics: snapshot.topics,
  settings: matchSettings(
    { now: SEED_NOW.toISOString(), seed: 1, poolSize: snapshot.pool.length },
    { groupSizeMin: request.groupSizeMin, groupSizeMax: request.groupSizeMax },
  ),
};
// matchRound alone on the same input, in this thread (no deadline): what the matcher costs
// without the read, the worker and the store.
const aloneStarted = performance.now();
const alone = matchRound({
  ...greedyInput,
  settings: { ...greedyInput.settings, iterationBudget: effort * snapshot.pool.length },
});
const aloneMs = performance.now() - aloneStarted;
const greedyStarted = performance.now();
const greedy = greedyBaseline(greedyInput);
const greedyMs = performance.now() - greedyStarted;
const greedyScore = evaluateGroups(greedyInput, greedy.groups);
const greedyViolations = validateResult(greedyInput, greedy).length;

await database.db.destroy();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    size,
    deadlineSeconds,
    effort,
    seedMs: Math.round(seedMs),
    rssBeforeMiB: rssBefore,
    totalMs: Math.round(totalMs),
    workerStartMs: Math.round(workerStartMs),
    phases,
    peakRssMiB,
    rssByPhase,
    stoppedBy: proposal.stats.stoppedBy,
    iterations: proposal.stats.iterations,
    pool: proposal.stats.poolSize,
    eligible: proposal.stats.eligible,
    matched: proposal.stats.matched,
    groups: proposal.groups.length,
    lastBest: objective,
    objective: score,
    violations,
    storedBytes: { proposal: row.proposal.length, input: row.match_input!.length },
    mainThreadReadMs: Math.round(mainThreadReadMs),
    matchRoundAlone: { ms: Math.round(aloneMs), objective: alone.stats.objective.total },
    greedy: {
      ms: Math.round(greedyMs),
      groups: greedy.groups.length,
      matched: greedy.groups.reduce((sum, g) => sum + g.members.length, 0),
      objective: greedyScore,
      violations: greedyViolations,
    },
  }),
);
