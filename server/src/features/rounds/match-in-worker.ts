import { Worker } from 'node:worker_threads';
import type { MatchProgress } from '../../core/matcher/match-round.ts';
import type {
  LeftOutPerson,
  MatchGroup,
  MatchInput,
  MatchResult,
} from '../../core/matcher/types.ts';
import { RoundCancelled, RoundDeadlinePassed } from '../../errors.ts';
import { buffersOf, decodeChunksInTurns, encodeChunksInTurns } from './match-codec.ts';
import type { MatchWorkerData, MatchWorkerMessage } from './match-worker.ts';

export interface WorkerRunOptions {
  /** How long past the input's deadline the worker may still take to answer before it is stopped. */
  graceMs?: number;
  signal?: AbortSignal;
}

const WORKER_URL = new URL('./match-worker.ts', import.meta.url);

/**
 * Runs matchRound in a fresh worker thread and resolves with its result; `onProgress` hears
 * the phases and, during the search, the objective about ten times a second. The pool, the
 * cases and the result's groups and leftovers cross as chunks of V8-serialized bytes
 * (match-codec.ts) that are transferred, not cloned: a 100 000-person input cloned in one go
 * held this thread for about 100 ms, chunks take a few ms each with other requests answered
 * between them. The bytes are the structured clone's own, which keeps every number exact, so
 * the groups are the same as in this thread for the same seed and budget. A cancel (signal)
 * or a worker that is still busy `graceMs` after its deadline ends the thread at once: the
 * search is synchronous, so stopping the thread is the only way to stop it mid-step.
 */
export async function matchInWorker(
  input: MatchInput,
  onProgress: (progress: MatchProgress) => void = () => {},
  options: WorkerRunOptions = {},
): Promise<MatchResult> {
  const { signal } = options;
  if (signal?.aborted) throw new RoundCancelled();
  // A clock cannot cross into the thread: the worker measures the time left on its own clock.
  const { deadline, ...settings } = input.settings;
  const maxMs = deadline ? deadline.maxMs : null;
  const pool = await encodeChunksInTurns(input.pool);
  const cases = await encodeChunksInTurns(input.cases);
  if (signal?.aborted) throw new RoundCancelled();
  const data: MatchWorkerData = {
    pool,
    cases,
    rest: { slots: input.slots, topics: input.topics, settings },
    maxMs,
  };
  const worker = new Worker(WORKER_URL, { workerData: data, transferList: buffersOf(pool, cases) });
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
      else if (message.type === 'done') finish(() => resolve(decodeResult(message)));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error: Error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The match worker stopped (exit code ${code})`))),
    );
  });
}

/** The result from the worker's chunks, decoded a chunk per event-loop turn. */
async function decodeResult(
  message: Extract<MatchWorkerMessage, { type: 'done' }>,
): Promise<MatchResult> {
  return {
    groups: await decodeChunksInTurns<MatchGroup>(message.groups),
    leftOut: await decodeChunksInTurns<LeftOutPerson>(message.leftOut),
    stats: message.stats,
  };
}
