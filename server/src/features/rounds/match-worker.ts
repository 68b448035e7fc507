// The matcher in a worker thread, so a round proposal never blocks the server's event loop.
// Loaded by match-in-worker.ts as TypeScript: Node strips the types itself (as it does for
// server.ts), in development, tests and production alike.
import { parentPort } from 'node:worker_threads';
import { matchRound, type MatchProgress } from '../../core/matcher/match-round.ts';
import type {
  LeftOutPerson,
  MatchCase,
  MatchGroup,
  MatchInput,
  MatchResult,
  PoolPerson,
} from '../../core/matcher/types.ts';
import { CHUNK_ITEMS, decodeChunk, encodeChunk } from './match-codec.ts';

/**
 * What the worker gets, in this order: the pool's and the cases' chunks of bytes
 * (match-codec.ts), each moved into the thread without a copy, then the small rest of the
 * input as is, which starts the match.
 */
export type MatchWorkerInput =
  | { type: 'chunk'; list: 'pool' | 'cases'; chunk: Uint8Array }
  | {
      type: 'start';
      rest: Omit<MatchInput, 'pool' | 'cases'>;
      /** Milliseconds the matcher may take from its start, or null for no deadline. */
      maxMs: number | null;
    };

export type MatchWorkerMessage =
  | { type: 'progress'; progress: MatchProgress }
  | { type: 'chunk'; list: 'groups' | 'leftOut'; chunk: Uint8Array }
  | { type: 'done'; stats: MatchResult['stats'] }
  | { type: 'error'; message: string };

/** Progress is posted at most this often, so messages never crowd out the search. */
const PROGRESS_EVERY_MS = 100;

const post = (message: MatchWorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort!.postMessage(message, transfer);
let lastPosted = -Infinity;
const pool: PoolPerson[] = [];
const cases: MatchCase[] = [];
const onMessage = (message: MatchWorkerInput): void => {
  if (message.type === 'chunk') {
    const into: unknown[] = message.list === 'pool' ? pool : cases;
    for (const item of decodeChunk(message.chunk)) into.push(item);
    return;
  }
  parentPort!.off('message', onMessage);
  run({ ...message.rest, pool, cases }, message.maxMs);
};
parentPort!.on('message', onMessage);

function run(input: MatchInput, maxMs: number | null): void {
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
    // Chunk by chunk, so the main thread decodes one while this thread encodes the next.
    const send = (list: 'groups' | 'leftOut', items: readonly unknown[]): void => {
      for (let i = 0; i < items.length; i += CHUNK_ITEMS) {
        const chunk = encodeChunk(items.slice(i, i + CHUNK_ITEMS));
        post({ type: 'chunk', list, chunk }, [chunk.buffer as ArrayBuffer]);
      }
    };
    send('groups', result.groups satisfies MatchGroup[]);
    send('leftOut', result.leftOut satisfies LeftOutPerson[]);
    post({ type: 'done', stats: result.stats });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
