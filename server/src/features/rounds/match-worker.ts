// The matcher in a worker thread, so a round proposal never blocks the server's event loop.
// Loaded by match-in-worker.ts as TypeScript: Node strips the types itself (as it does for
// server.ts), in development, tests and production alike.
import { parentPort, workerData } from 'node:worker_threads';
import { matchRound, type MatchProgress } from '../../core/matcher/match-round.ts';
import type {
  LeftOutPerson,
  MatchCase,
  MatchGroup,
  MatchInput,
  MatchResult,
  PoolPerson,
} from '../../core/matcher/types.ts';
import { buffersOf, decodeChunks, encodeChunks } from './match-codec.ts';

/**
 * What the worker gets: the pool and the cases as chunks of bytes (match-codec.ts), moved
 * into the thread without a copy; the small rest of the input as is.
 */
export interface MatchWorkerData {
  pool: Uint8Array[];
  cases: Uint8Array[];
  rest: Omit<MatchInput, 'pool' | 'cases'>;
  /** Milliseconds the matcher may take from its start, or null for no deadline. */
  maxMs: number | null;
}

export type MatchWorkerMessage =
  | { type: 'progress'; progress: MatchProgress }
  | { type: 'done'; groups: Uint8Array[]; leftOut: Uint8Array[]; stats: MatchResult['stats'] }
  | { type: 'error'; message: string };

/** Progress is posted at most this often, so messages never crowd out the search. */
const PROGRESS_EVERY_MS = 100;

const data = workerData as MatchWorkerData;
const post = (message: MatchWorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort!.postMessage(message, transfer);
let lastPosted = -Infinity;
try {
  const input: MatchInput = {
    ...data.rest,
    pool: decodeChunks<PoolPerson>(data.pool),
    cases: decodeChunks<MatchCase>(data.cases),
  };
  const settings =
    data.maxMs === null
      ? input.settings
      : { ...input.settings, deadline: { clock: () => performance.now(), maxMs: data.maxMs } };
  const result = matchRound({ ...input, settings }, (progress) => {
    const now = performance.now();
    const search = progress.phase === 'search' && progress.iterations > 0;
    if (search && now - lastPosted < PROGRESS_EVERY_MS) return;
    lastPosted = now;
    post({ type: 'progress', progress });
  });
  const groups = encodeChunks(result.groups satisfies MatchGroup[]);
  const leftOut = encodeChunks(result.leftOut satisfies LeftOutPerson[]);
  post({ type: 'done', groups, leftOut, stats: result.stats }, buffersOf(groups, leftOut));
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
