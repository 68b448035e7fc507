// The matcher in a worker thread, so a round proposal never blocks the server's event loop.
// Loaded by match-in-worker.ts as TypeScript: Node strips the types itself (as it does for
// server.ts), in development, tests and production alike.
import { parentPort, workerData } from 'node:worker_threads';
import { matchRound, type MatchProgress } from '../../core/matcher/match-round.ts';
import type { MatchInput } from '../../core/matcher/types.ts';

export interface MatchWorkerData {
  input: MatchInput;
  /** Milliseconds the matcher may take from its start, or null for no deadline. */
  maxMs: number | null;
}

export type MatchWorkerMessage =
  | { type: 'progress'; progress: MatchProgress }
  | { type: 'done'; result: ReturnType<typeof matchRound> }
  | { type: 'error'; message: string };

/** Progress is posted at most this often, so messages never crowd out the search. */
const PROGRESS_EVERY_MS = 100;

const { input, maxMs } = workerData as MatchWorkerData;
const post = (message: MatchWorkerMessage): void => parentPort!.postMessage(message);
let lastPosted = -Infinity;
try {
  const settings =
    maxMs === null
      ? input.settings
      : { ...input.settings, deadline: { clock: () => performance.now(), maxMs } };
  const result = matchRound({ ...input, settings }, (progress) => {
    const now = performance.now();
    const search = progress.phase === 'search' && progress.iterations > 0;
    if (search && now - lastPosted < PROGRESS_EVERY_MS) return;
    lastPosted = now;
    post({ type: 'progress', progress });
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
