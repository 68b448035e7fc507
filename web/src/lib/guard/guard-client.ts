import type { PlacedFinding } from '@ods/shared/guard';
import type { GuardAnswer, GuardRequest } from './guard-protocol.ts';

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (f: PlacedFinding[]) => void; request: GuardRequest }>();

/**
 * The guard on the main thread, for a browser where the worker does not start: slower, but the
 * guard never silently stops looking.
 */
async function scanHere(blocks: GuardRequest['blocks']): Promise<PlacedFinding[]> {
  const { scanPieces } = await import('@ods/shared/guard');
  return blocks.flatMap((pieces) => scanPieces(pieces));
}

function startWorker(): Worker | undefined {
  if (broken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./guard.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<GuardAnswer>) => {
    const { id, findings } = event.data;
    waiting.get(id)?.resolve(findings);
    waiting.delete(id);
  };
  // The worker did not load or failed: what it still owed is scanned here, and so is the rest.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, { resolve, request }] of waiting) {
      waiting.delete(id);
      void scanHere(request.blocks).then(resolve);
    }
  };
  return worker;
}

/**
 * The guard's findings in the readable blocks of a document (see `notesBlocks`), scanned in the
 * guard's worker, which starts with the first request.
 */
export function scanBlocks(blocks: GuardRequest['blocks']): Promise<PlacedFinding[]> {
  const thread = startWorker();
  if (!thread) return scanHere(blocks);
  const request: GuardRequest = { id: nextId++, blocks };
  return new Promise((resolve) => {
    waiting.set(request.id, { resolve, request });
    thread.postMessage(request);
  });
}
