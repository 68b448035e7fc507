// A round proposal in a worker thread: it opens its own connection to the database, reads the
// pool, matches and stores the proposal, so none of that (the read of a 100 000-person pool
// alone takes seconds) runs on the server's event loop, and nothing large crosses between the
// threads. Loaded by propose-in-worker.ts as TypeScript, as match-worker.ts is, ahead of time:
// it waits with its modules loaded for the one job it gets as its first message.
import { parentPort } from 'node:worker_threads';
import { openDatabaseAt, type DatabaseLocation } from '@ods/db/create-database';
import {
  proposeAndStore,
  type ProposalJob,
  type ProposalOutcome,
  type ProposalProgress,
} from './propose-and-store.ts';

export interface ProposeWorkerData {
  location: DatabaseLocation;
  job: ProposalJob;
}

export type ProposeWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: ProposalProgress }
  | { type: 'done'; outcome: ProposalOutcome }
  | { type: 'error'; message: string };

/** Progress is posted at most this often during the search, so messages never crowd it out. */
const PROGRESS_EVERY_MS = 100;

const post = (message: ProposeWorkerMessage): void => parentPort!.postMessage(message);
parentPort!.once('message', (data: ProposeWorkerData) => void propose(data));
post({ type: 'ready' });

async function propose({ location, job }: ProposeWorkerData): Promise<void> {
  const database = openDatabaseAt(location);
  let lastPosted = -Infinity;
  try {
    const outcome = await proposeAndStore(database.db, job, (progress) => {
      const now = performance.now();
      const search = progress.phase === 'search' && progress.iterations > 0;
      if (search && now - lastPosted < PROGRESS_EVERY_MS) return;
      lastPosted = now;
      post({ type: 'progress', progress });
    });
    await database.db.destroy();
    post({ type: 'done', outcome });
  } catch (error) {
    await database.db.destroy().catch(() => {});
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
