import type { Worker } from 'node:worker_threads';
import { RoundCancelled, RoundDeadlinePassed } from '../../errors.ts';

export interface Supervision<M, T> {
  /** Handles one message; resolves or rejects once the work is over. */
  onMessage: (
    message: M,
    end: { resolve: (value: T) => void; reject: (error: Error) => void },
  ) => void;
  signal?: AbortSignal | undefined;
  /** Ends the thread with RoundDeadlinePassed when it is still busy this long after the start. */
  stopAfterMs?: number | null | undefined;
}

/**
 * Watches a worker thread until its work is over, and ends the thread then, whatever the
 * outcome. A cancel (signal) or a thread still busy at `stopAfterMs` ends it at once: the
 * matcher's search is synchronous, so stopping the thread is the only way to stop it mid-step.
 * An error or an exit of the thread before it settled rejects.
 */
export function superviseWorker<M, T>(worker: Worker, supervision: Supervision<M, T>): Promise<T> {
  const { signal, stopAfterMs } = supervision;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(hardStop);
      signal?.removeEventListener('abort', cancel);
      void worker.terminate();
      outcome();
    };
    const end = {
      resolve: (value: T) => finish(() => resolve(value)),
      reject: (error: Error) => finish(() => reject(error)),
    };
    const fail = end.reject;
    const cancel = (): void => fail(new RoundCancelled());
    const hardStop =
      stopAfterMs === null || stopAfterMs === undefined
        ? undefined
        : setTimeout(() => fail(new RoundDeadlinePassed()), Math.max(0, stopAfterMs));
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: M) => supervision.onMessage(message, end));
    worker.on('error', (error: Error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`The worker stopped (exit code ${code})`)));
  });
}
