import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { RoundSettings } from '@ods/shared';
import { matchRound, type MatchProgress } from '../../core/matcher/match-round.ts';
import { matchSettings } from '../../core/matcher/settings.ts';
import type { MatchCase, MatchInput, MatchResult } from '../../core/matcher/types.ts';
import { listReadyCases } from '../../domain/cases/ready-cases.ts';
import type { PoolNetwork } from './pool-members.ts';
import { readPool } from './pool.repository.ts';
import { encodeMatchInput } from './round-input.ts';
import { toProposal, type ProposalContext } from './round-proposal.ts';
import { insertRound } from './rounds.repository.ts';
import type { RoundRequest } from './rounds.validation.ts';

/** A proposal's work as plain data, so it crosses into a worker thread as it is. */
export interface ProposalJob {
  id: string;
  request: RoundRequest;
  seed: number;
  /** The reference time (ISO). */
  now: string;
  proposedBy: string | null;
  network: PoolNetwork | null;
  /** Ready cases to plan around; read from the database when absent. */
  readyCases?: MatchCase[];
  iterationsPerPerson?: number;
  /**
   * Milliseconds the job may still take at `handedOverAt` (epoch ms with fractions, a clock
   * every thread shares), or null for no deadline.
   */
  maxMs: number | null;
  handedOverAt: number;
}

export type ProposalProgress = MatchProgress | { phase: 'pool' | 'store' };

/** How a job ended: its proposal stored, or refused (no slot in the period, deadline passed). */
export type ProposalOutcome = 'stored' | 'no-slots' | 'deadline';

/** Epoch milliseconds with fractions: the same clock in the main thread and in a worker. */
export const sharedClock = (): number => performance.timeOrigin + performance.now();

/**
 * What the search leaves, as a share of the time the pool read took, for building the result,
 * writing the proposal's JSON and storing it. Both grow with the pool and run at the machine's
 * pace of the moment, so the pool read is the yardstick: on the bench's seeded pools the tail
 * took 0.3–0.5 of the read (bench/match/propose-run.ts; 0.46 at 10 000 people, 0.27 at
 * 100 000), so 0.6 leaves a margin.
 */
const TAIL_SHARE_OF_READ = 0.6;
/** The least the search leaves for the tail, however fast the read was. */
const TAIL_MIN_MS = 50;

/**
 * Reads the pool, runs the matcher with the job's seed and budget, and stores the proposal as
 * one row (its JSON made here). With a deadline, the time left after the pool read is split:
 * the search may use what the tail (result, JSON, store) will not need, so the whole job ends
 * near the deadline instead of past it. Runs in a worker thread (propose-worker.ts) or, for
 * the command line, in the caller's thread.
 */
export async function proposeAndStore(
  db: Kysely<Database>,
  job: ProposalJob,
  progress: (progress: ProposalProgress) => void = () => {},
): Promise<ProposalOutcome> {
  const { request } = job;
  const matched = await readAndMatch(db, job, progress);
  if (typeof matched === 'string') return matched;
  // From here on only the people's cards, topics and slots are held, not the pool: at 100 000
  // people it is hundreds of megabytes that can be collected while the JSON is made.
  const { context, result, matchInput, settings } = matched;
  progress({ phase: 'store' });
  const stored: RoundSettings = {
    now: settings.now,
    sessionMinutes: request.sessionMinutes,
    groupSizeMin: settings.groupSizeMin,
    groupSizeMax: settings.groupSizeMax,
    monthlyCap: settings.monthlyCap,
    seed: settings.seed,
    iterationBudget: settings.iterationBudget,
  };
  const proposal = JSON.stringify(toProposal(result, context));
  await insertRound(db, {
    id: job.id,
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    settings: stored,
    proposal,
    proposedBy: job.proposedBy,
    createdAt: job.now,
    network: job.network,
    matchInput,
  });
  return 'stored';
}

/**
 * Reads the pool, runs the matcher on it with what is left of the deadline (see
 * TAIL_SHARE_OF_READ) and makes the stored input's JSON. Its own function, so that the pool and
 * the input that holds it are unreachable once it returns: the caller gets only the result, the
 * JSON and what toProposal needs besides.
 */
async function readAndMatch(
  db: Kysely<Database>,
  job: ProposalJob,
  progress: (progress: ProposalProgress) => void,
): Promise<
  | Exclude<ProposalOutcome, 'stored'>
  | {
      context: ProposalContext;
      result: MatchResult;
      matchInput: string;
      settings: MatchInput['settings'];
    }
> {
  const { request } = job;
  const readStarted = sharedClock();
  progress({ phase: 'pool' });
  const snapshot = await readPool(db, {
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    now: new Date(job.now),
    sessionMinutes: request.sessionMinutes,
    readyCases: job.readyCases ?? (await listReadyCases(db)),
    ...(job.network ? { network: job.network } : {}),
  });
  if (snapshot.slots.length === 0) return 'no-slots';
  const readMs = sharedClock() - readStarted;
  const leftMs = job.maxMs === null ? null : job.maxMs - (sharedClock() - job.handedOverAt);
  if (leftMs !== null && leftMs <= 0) return 'deadline';
  const searchMs =
    leftMs === null ? null : leftMs - Math.max(TAIL_MIN_MS, TAIL_SHARE_OF_READ * readMs);
  const settings = matchSettings(
    { now: job.now, seed: job.seed, poolSize: snapshot.pool.length },
    {
      groupSizeMin: request.groupSizeMin,
      groupSizeMax: request.groupSizeMax,
      ...(job.iterationsPerPerson === undefined
        ? {}
        : { iterationBudget: job.iterationsPerPerson * snapshot.pool.length }),
      ...(searchMs === null ? {} : { deadline: { clock: sharedClock, maxMs: searchMs } }),
    },
  );
  const input: MatchInput = {
    pool: snapshot.pool,
    cases: snapshot.cases,
    slots: snapshot.slots,
    topics: snapshot.topics,
    settings,
  };
  const result = matchRound(input, progress);
  const { people, topics, slots } = snapshot;
  return {
    context: { people, topics, slots },
    result,
    matchInput: encodeMatchInput(input),
    settings,
  };
}
