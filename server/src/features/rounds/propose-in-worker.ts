import { Worker } from 'node:worker_threads';
import type { DatabaseLocation } from '@ods/db';
import type { AppConfig } from '../../config.ts';
import { queuedJobOptions } from './match-in-worker.ts';
import type { ProposalRun } from './proposal-queue.ts';
import type { ProposalJob, ProposalOutcome, ProposalProgress } from './propose-and-store.ts';
import type { ProposeWorkerData, ProposeWorkerMessage } from './propose-worker.ts';
import { superviseWorker } from './supervise-worker.ts';

const WORKER_URL = new URL('./propose-worker.ts', import.meta.url);

/**
 * Runs a proposal's work (proposeAndStore: pool read, match, store) in a fresh worker thread
 * with its own connection to the database at `location`; only the job goes in and only its
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
  const data: ProposeWorkerData = { location, job };
  const worker = new Worker(WORKER_URL, { workerData: data });
  return superviseWorker<ProposeWorkerMessage, ProposalOutcome>(worker, {
    signal: options.signal,
    stopAfterMs: job.maxMs === null ? null : Math.max(0, job.maxMs) + (options.graceMs ?? 5_000),
    onMessage: (message, end) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') end.resolve(message.outcome);
      else end.reject(new Error(message.message));
    },
  });
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
