import { Worker } from 'node:worker_threads';
import type { MatchProgress } from '../../core/matcher/match-round.ts';
import type { MatchInput, MatchResult } from '../../core/matcher/types.ts';
import { RoundCancelled, RoundDeadlinePassed } from '../../errors.ts';
import type { MatchWorkerData, MatchWorkerMessage } from './match-worker.ts';

export interface WorkerRunOptions {
  /** How long past the input's deadline the worker may still take to answer before it is stopped. */
  graceMs?: number;
  signal?: AbortSignal;
}

const WORKER_URL = new URL('./match-worker.ts', import.meta.url);

/**
 * Runs matchRound in a fresh worker thread and resolves with its result; `onProgress` hears
 * the phases and, during the search, the objective about ten times a second. The input crosses by
 * structured clone, which keeps every number exact, so the groups are the same as in this
 * thread for the same seed and budget. A cancel (signal) or a worker that is still busy
 * `graceMs` after its deadline ends the thread at once: the search is synchronous, so
 * stopping the thread is the only way to stop it mid-step.
 */
export function matchInWorker(
  input: MatchInput,
  onProgress: (progress: MatchProgress) => void = () => {},
  options: WorkerRunOptions = {},
): Promise<MatchResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new RoundCancelled());
  // A clock cannot cross into the thread: the worker measures the time left on its own clock.
  const { deadline, ...settings } = input.settings;
  const maxMs = deadline ? deadline.maxMs : null;
  const data: MatchWorkerData = { input: { ...input, settings }, maxMs };
  const worker = new Worker(WORKER_URL, { workerData: data });
  return new Promise<MatchResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(hardStop);
      signal?.removeEventListener('abort', cancel);
      void worker.terminate();
      outcome();
    };
    const cancel = (): void => finish(() => reject(new RoundCancelled()));
    const hardStop =
      maxMs === null
        ? undefined
        : setTimeout(
            () => finish(() => reject(new RoundDeadlinePassed())),
            Math.max(0, maxMs) + (options.graceMs ?? 5_000),
          );
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: MatchWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error: Error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The match worker stopped (exit code ${code})`))),
    );
  });
}
