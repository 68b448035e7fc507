import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config.ts';
import type { MatchProgress } from '../../core/matcher/match-round.ts';
import type {
  LeftOutPerson,
  MatchGroup,
  MatchInput,
  MatchResult,
} from '../../core/matcher/types.ts';
import { RoundCancelled } from '../../errors.ts';
import { decodeChunk, sendChunksInTurns } from './match-codec.ts';
import type { MatchWorkerInput, MatchWorkerMessage } from './match-worker.ts';
import type { ProposalRun } from './proposal-queue.ts';
import { superviseWorker } from './supervise-worker.ts';

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
  // The thread starts first and gets the pool chunk by chunk, so it loads its modules and
  // decodes (V8's deserializer: about 0.8 s for 100 000 people, twice the encoding) while this
  // thread still encodes, instead of after it (bench/match/worker-phases.ts).
  const worker = new Worker(WORKER_URL);
  const groups: MatchGroup[] = [];
  const leftOut: LeftOutPerson[] = [];
  const result = superviseWorker<MatchWorkerMessage, MatchResult>(worker, {
    signal,
    stopAfterMs: maxMs === null ? null : Math.max(0, maxMs) + (options.graceMs ?? 5_000),
    onMessage: (message, end) => {
      if (message.type === 'progress') onProgress(message.progress);
      // One chunk per message, so each is decoded in an event-loop turn of its own while the
      // thread encodes the next.
      else if (message.type === 'chunk') {
        const into: unknown[] = message.list === 'groups' ? groups : leftOut;
        for (const item of decodeChunk(message.chunk)) into.push(item);
      } else if (message.type === 'done') end.resolve({ groups, leftOut, stats: message.stats });
      else end.reject(new Error(message.message));
    },
  });
  // Settled by a cancel or an early failure of the thread while the input is still sent.
  let stopped = false;
  result.catch(() => {}).finally(() => (stopped = true));
  const send = (message: MatchWorkerInput, transfer: ArrayBuffer[] = []): void => {
    if (!stopped) worker.postMessage(message, transfer);
  };
  const sendList = (list: 'pool' | 'cases', items: readonly unknown[]): Promise<void> =>
    sendChunksInTurns(items, (chunk) =>
      send({ type: 'chunk', list, chunk }, [chunk.buffer as ArrayBuffer]),
    );
  await sendList('pool', input.pool);
  await sendList('cases', input.cases);
  send({ type: 'start', rest: { slots: input.slots, topics: input.topics, settings }, maxMs });
  return result;
}

/**
 * What every queued job on rounds (a proposal, a new search around locked groups) shares: the
 * configured deadline, the search effort, the job's cancel, and its phase and best objective
 * told to the queue.
 */
export function queuedJobOptions(rounds: AppConfig['rounds'], run: ProposalRun) {
  const { deadlineSeconds, iterationsPerPerson } = rounds;
  return {
    // Wall time, not the app's clock: the deadline is about how long a person waits.
    deadline: { clock: () => performance.now(), maxMs: deadlineSeconds * 1000 },
    iterationsPerPerson,
    signal: run.signal,
    onProgress: (progress: MatchProgress | { phase: 'pool' | 'store' }) => {
      run.phase(progress.phase);
      if ('objective' in progress) run.best(progress.objective, progress.iterations);
    },
  };
}
