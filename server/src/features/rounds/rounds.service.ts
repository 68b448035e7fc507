import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { MatchCase, MatchDeadline } from '../../core/matcher/types.ts';
import { FieldErrors, RoundCancelled, RoundDeadlinePassed } from '../../errors.ts';
import type { PoolNetwork } from './pool-members.ts';
import {
  proposeAndStore,
  sharedClock,
  type ProposalJob,
  type ProposalOutcome,
  type ProposalProgress,
} from './propose-and-store.ts';
import { deleteProposedRound } from './rounds.repository.ts';
import {
  NO_SLOTS_IN_PERIOD,
  roundRequestProblems,
  type RoundRequest,
} from './rounds.validation.ts';

export interface ProposeOptions {
  now: Date;
  proposedBy: string | null;
  /**
   * Bounds the whole proposal from the call on: pool read, model build, search (which then
   * settles for its best so far; results then depend on timing) and store.
   */
  deadline?: MatchDeadline;
  /** Ready cases to plan sessions around; by default every case marked ready. */
  readyCases?: MatchCase[];
  /** Search attempts per person in the pool (the settings' default when absent). */
  iterationsPerPerson?: number;
  /**
   * Does the proposal's work (pool read, match, store); in this thread by default (the proposal
   * queue runs it in a worker thread with its own database connection: proposeInWorker).
   */
  run?: (
    job: ProposalJob,
    progress: (progress: ProposalProgress) => void,
  ) => Promise<ProposalOutcome>;
  /** Hears the phases and the matcher's progress. */
  onProgress?: (progress: ProposalProgress) => void;
  /** Stops the proposal (a stored one is removed again). */
  signal?: AbortSignal;
  /** The network the round is for; its members (and opted-in others) make the pool. */
  network?: PoolNetwork;
}

/** A seed from the round id, so a round without a given seed is still reproducible. */
export function seedFromRoundId(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 8), 16) & 0x7fffffff;
}

/**
 * Proposes a round for a period (a dry run): reads the pool, runs the matcher with a
 * deterministic seed and the settings' iteration budget, and stores the proposal with the
 * groups, their explanations and who is left out and why. Resolves with the new round's id.
 * Throws FieldErrors for a period or group sizes that cannot be planned.
 */
export async function proposeRound(
  db: Kysely<Database>,
  request: RoundRequest,
  options: ProposeOptions,
): Promise<string> {
  const problems = roundRequestProblems(request, options.now);
  if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
  const { deadline, signal } = options;
  if (signal?.aborted) throw new RoundCancelled();
  const id = randomUUID();
  const job: ProposalJob = {
    id,
    request,
    seed: request.seed ?? seedFromRoundId(id),
    now: options.now.toISOString(),
    proposedBy: options.proposedBy,
    network: options.network ?? null,
    ...(options.readyCases ? { readyCases: options.readyCases } : {}),
    ...(options.iterationsPerPerson === undefined
      ? {}
      : { iterationsPerPerson: options.iterationsPerPerson }),
    // Handed over at once: the deadline's own clock has seen nothing pass yet.
    maxMs: deadline ? deadline.maxMs : null,
    handedOverAt: sharedClock(),
  };
  const run = options.run ?? ((job, hear) => proposeAndStore(db, job, hear));
  let outcome: ProposalOutcome;
  try {
    outcome = await run(job, options.onProgress ?? (() => {}));
    if (signal?.aborted) throw new RoundCancelled();
  } catch (error) {
    // A cancel can come after the store: the coordinator asked for no proposal, so none stays.
    if (signal?.aborted) await deleteProposedRound(db, id);
    throw error;
  }
  if (outcome === 'no-slots') throw new FieldErrors({ periodStart: NO_SLOTS_IN_PERIOD });
  if (outcome === 'deadline') throw new RoundDeadlinePassed();
  return id;
}
