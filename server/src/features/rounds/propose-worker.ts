// A round proposal in a worker thread: it opens its own connection to the database, reads the
// pool, matches and stores the proposal, so none of that (the read of a 100 000-person pool
// alone takes seconds) runs on the server's event loop, and nothing large crosses between the
// threads. Loaded by propose-in-worker.ts as TypeScript, as match-worker.ts is, ahead of time:
// it waits with its modules loaded for the one job it gets as its first message.
import { parentPort } from 'node:worker_threads';
import { openDatabaseAt, type DatabaseLocation } from '@ods/db/create-database';
import { candidateSlots } from '../../core/slots/candidate-slots.ts';
import { availableSlotIds } from '../../core/slots/person-availability.ts';
import { matchRound } from '../../core/matcher/match-round.ts';
import { rerunAroundLocked } from './round-adjust.service.ts';
import {
  proposeAndStore,
  sharedClock,
  type ProposalJob,
  type ProposalOutcome,
  type ProposalProgress,
} from './propose-and-store.ts';

/** A new search around a proposal's locked groups (rerunAroundLocked), as plain data. */
export interface RerunJob {
  roundId: string;
  /** The version the coordinator saw; a proposal adjusted since is a conflict. */
  version: number;
  iterationsPerPerson?: number;
  /** As in ProposalJob: milliseconds left at `handedOverAt`, or null for no deadline. */
  maxMs: number | null;
  handedOverAt: number;
}

export type ProposeWorkerData =
  | { location: DatabaseLocation; job: ProposalJob }
  | { location: DatabaseLocation; rerun: RerunJob };

export type ProposeWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; progress: ProposalProgress }
  | { type: 'done'; outcome: ProposalOutcome }
  /** `code`: the app's error code (a version conflict, say), so the job fails with it. */
  | { type: 'error'; message: string; code?: string };

/** Progress is posted at most this often during the search, so messages never crowd it out. */
const PROGRESS_EVERY_MS = 100;

const post = (message: ProposeWorkerMessage): void => parentPort!.postMessage(message);
parentPort!.once('message', (data: ProposeWorkerData) => void propose(data));
warmUp();
post({ type: 'ready' });

/**
 * While nobody waits yet: the candidate slots of two weeks and a person's free slots in them,
 * so Luxon's time-zone caches and the code that computes them are warm. Cold, they made the pool
 * read of a 1 000-person pool take 0.3–0.4 s, most of it in the first candidateSlots.
 */
function warmUp(): void {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const slots = candidateSlots({
    now: new Date().toISOString(),
    periodStart: day(0),
    periodEnd: day(14),
    sessionMinutes: 60,
  });
  availableSlotIds(
    { weekly: [{ weekday: 2, startMinute: 540, endMinute: 1020 }], awayDates: [], busy: [] },
    slots,
  );
}

async function propose(data: ProposeWorkerData): Promise<void> {
  const database = openDatabaseAt(data.location);
  let lastPosted = -Infinity;
  const hear = (progress: ProposalProgress): void => {
    const now = performance.now();
    const search = progress.phase === 'search' && progress.iterations > 0;
    if (search && now - lastPosted < PROGRESS_EVERY_MS) return;
    lastPosted = now;
    post({ type: 'progress', progress });
  };
  try {
    const outcome =
      'job' in data
        ? await proposeAndStore(database.db, data.job, hear)
        : await rerun(database.db, data.rerun, hear);
    await database.db.destroy();
    post({ type: 'done', outcome });
  } catch (error) {
    await database.db.destroy().catch(() => {});
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      ...(typeof code === 'string' ? { code } : {}),
    });
  }
}

/**
 * The new search around locked groups, all of it here: the stored input's read and decoding
 * (tens of megabytes of JSON at 100 000 people), the match and the store. The deadline bounds
 * the search from when the job was handed over, as for a proposal.
 */
async function rerun(
  db: Parameters<typeof rerunAroundLocked>[0],
  job: RerunJob,
  hear: (progress: ProposalProgress) => void,
): Promise<ProposalOutcome> {
  const maxMs = job.maxMs === null ? null : job.maxMs - (sharedClock() - job.handedOverAt);
  await rerunAroundLocked(db, job.roundId, job.version, {
    ...(maxMs === null ? {} : { deadline: { clock: sharedClock, maxMs } }),
    ...(job.iterationsPerPerson === undefined
      ? {}
      : { iterationsPerPerson: job.iterationsPerPerson }),
    onProgress: hear,
    match: (input, progress) => Promise.resolve(matchRound(input, progress)),
  });
  return 'stored';
}
