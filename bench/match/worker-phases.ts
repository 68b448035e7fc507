// Where the time of a match through the worker goes: matchRound in this thread, then
// matchInWorker with the time to its first progress message (encode + thread start + decode
// in the worker) and to the result. Prints one JSON line. Usage: node match/worker-phases.ts [size]
import { matchRound } from '@ods/server/core/matcher/match-round';
import { matchInWorker } from '@ods/server/features/rounds/match-in-worker';
import { scenario } from './scenario.ts';

const size = Number(process.argv[2] ?? 100_000);
const input = scenario(size, 1);
const phases: Record<string, number> = {};
let started = performance.now();
let last = started;
matchRound(input, (progress) => {
  const now = performance.now();
  if (progress.phase !== 'search' || progress.iterations === 0) {
    phases[`inThread:${progress.phase}`] = Math.round(now - started);
  }
  last = now;
});
phases.inThreadTotal = Math.round(performance.now() - started);
started = performance.now();
let first = 0;
await matchInWorker(input, (progress) => {
  const now = performance.now();
  if (first === 0) first = now - started;
  if (progress.phase !== 'search' || progress.iterations === 0) {
    phases[`worker:${progress.phase}`] = Math.round(now - started);
  }
  last = now;
});
phases.workerFirstMessage = Math.round(first);
phases.workerLastProgress = Math.round(last - started);
phases.workerTotal = Math.round(performance.now() - started);
console.log(JSON.stringify({ size, ...phases }));
