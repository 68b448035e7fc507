import { Worker } from 'node:worker_threads';
import type { DatabaseLocation } from '@ods/db';
import type { AppConfig } from '../../config.ts';
import { queuedJobOptions } from './match-in-worker.ts';
import type { ProposalRun } from './proposal-queue.ts';
import {
  sharedClock,
  type ProposalJob,
  type ProposalOutcome,
  type ProposalProgress,
} from './propose-and-store.ts';
import type { ProposeWorkerData, ProposeWorkerMessage, RerunJob } from './propose-worker.ts';
import { superviseWorker } from './supervise-worker.ts';

// No resourceLimits: bounding the thread's old generation at 640 MiB kept the process at about
// 820 MiB instead of 1 065 for 100 000 people, but made the proposal half again as slow
// (docs/BENCHMARKS.md, "End to end through proposeRound").
const WORKER_URL = new URL('./propose-worker.ts', import.meta.url);

/**
 * A thread started ahead, its modules loaded, waiting for a proposal: starting one (loading
 * and compiling the matcher, Kysely and the drivers) takes 0.3–0.8 s on the bench machine,
 * which a coordinator would otherwise wait for on every proposal. One per process, made after
 * each proposal for the next; it does not keep the process alive.
 */
let spare: { worker: Worker; ready: Promise<void> } | undefined;

/** Starts the waiting thread unless there is one; resolves once its modules are loaded. */
export function startSpareWorker(): Promise<void> {
  if (spare) return spare.ready;
  const worker = new Worker(WORKER_URL);
  worker.unref();
  const ready = new Promise<void>((resolve) => {
    const forget = () => {
      if (spare?.worker === worker) spare = undefined;
      resolve();
    };
    worker.once('message', () => resolve());
    worker.on('error', forget);
    worker.on('exit', forget);
  });
  spare = { worker, ready };
  return ready;
}

/** Ends the waiting thread (the app is closing); the next proposal starts one of its own. */
export async function stopSpareWorker(): Promise<void> {
  const waiting = spare;
  spare = undefined;
  await waiting?.worker.terminate();
}

/**
 * Runs a proposal's work (proposeAndStore: pool read, match, store) in a worker thread of its
 * own (the waiting one, when there is one) with its own connection to the database at `location`; only the job goes in and only its
 * progress and outcome come back. A cancel (signal), or a thread still busy `graceMs` after the
 * job's deadline, ends the thread at once; the proposal may then have been stored already (the
 * caller removes it).
 */
export function proposeInWorker(
  location: DatabaseLocation,
  job: ProposalJob,
  onProgress: (progress: ProposalProgress) => void = () => {},
  options: { signal?: AbortSignal; graceMs?: number } = {},
): Promise<ProposalOutcome> {
  return inWorker({ location, job }, job.maxMs, onProgress, options);
}

/**
 * A new search around a proposal's locked groups (rerunAroundLocked) in a worker thread, as a
 * proposal runs: the stored input is read and decoded there, not on the event loop. A cancel
 * while it stores may leave the new version stored, as in the caller's thread.
 */
export async function rerunInWorker(
  location: DatabaseLocation,
  job: RerunJob,
  onProgress: (progress: ProposalProgress) => void = () => {},
  options: { signal?: AbortSignal; graceMs?: number } = {},
): Promise<void> {
  await inWorker({ location, rerun: job }, job.maxMs, onProgress, options);
}

function inWorker(
  data: ProposeWorkerData,
  maxMs: number | null,
  onProgress: (progress: ProposalProgress) => void,
  options: { signal?: AbortSignal; graceMs?: number },
): Promise<ProposalOutcome> {
  const worker = spare?.worker ?? new Worker(WORKER_URL);
  spare = undefined;
  worker.ref();
  worker.postMessage(data);
  const outcome = superviseWorker<ProposeWorkerMessage, ProposalOutcome>(worker, {
    signal: options.signal,
    stopAfterMs: maxMs === null ? null : Math.max(0, maxMs) + (options.graceMs ?? 5_000),
    onMessage: (message, end) => {
      if (message.type === 'ready') return;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') end.resolve(message.outcome);
      else end.reject(Object.assign(new Error(message.message), { code: message.code }));
    },
  });
  // The next proposal finds a thread ready; made after this one, not beside it, so the two
  // never compete for the CPU.
  const next = () => void startSpareWorker();
  outcome.then(next, next);
  return outcome;
}

/**
 * How a queued proposal runs: all of it (pool read, match, store) in a worker thread, within
 * the configured deadline, its phase and best objective told to the job.
 */
export function proposalInWorker(
  rounds: AppConfig['rounds'],
  location: DatabaseLocation,
  run: ProposalRun,
) {
  return {
    ...queuedJobOptions(rounds, run),
    run: (job: ProposalJob, hear: (progress: ProposalProgress) => void) =>
      proposeInWorker(location, job, hear, { signal: run.signal }),
  };
}

/**
 * How a queued new search around locked groups runs: all of it (the stored input's read, the
 * match, the store) in a worker thread, within the configured deadline, its phase and best
 * objective told to the job.
 */
export function rerunJobInWorker(
  rounds: AppConfig['rounds'],
  location: DatabaseLocation,
  run: ProposalRun,
  roundId: string,
  version: number,
): Promise<void> {
  const { onProgress, iterationsPerPerson } = queuedJobOptions(rounds, run);
  return rerunInWorker(
    location,
    {
      roundId,
      version,
      iterationsPerPerson,
      maxMs: rounds.deadlineSeconds * 1000,
      handedOverAt: sharedClock(),
    },
    onProgress,
    { signal: run.signal },
  );
}
