import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Round, RoundSettings } from '@ods/shared';
import { matchRound, type MatchProgress } from '../../core/matcher/match-round.ts';
import { matchSettings } from '../../core/matcher/settings.ts';
import type {
  MatchCase,
  MatchDeadline,
  MatchInput,
  MatchResult,
} from '../../core/matcher/types.ts';
import { listReadyCases } from '../../domain/cases/ready-cases.ts';
import { FieldErrors, RoundCancelled, RoundDeadlinePassed } from '../../errors.ts';
import type { PoolNetwork } from './pool-members.ts';
import { readPool } from './pool.repository.ts';
import { encodeMatchInput } from './round-input.ts';
import { toProposal } from './round-proposal.ts';
import { findRound, insertRound } from './rounds.repository.ts';
import {
  NO_SLOTS_IN_PERIOD,
  roundRequestProblems,
  type RoundRequest,
} from './rounds.validation.ts';

export interface ProposeOptions {
  now: Date;
  proposedBy: string | null;
  /**
   * Bounds the whole proposal from the call on: pool read, model build and search (which then
   * settles for its best so far; results then depend on timing).
   */
  deadline?: MatchDeadline;
  /** Ready cases to plan sessions around; by default every case marked ready. */
  readyCases?: MatchCase[];
  /** Search attempts per person in the pool (the settings' default when absent). */
  iterationsPerPerson?: number;
  /** Runs the matcher; in this thread by default (the proposal queue uses a worker thread). */
  match?: (input: MatchInput, progress: (progress: MatchProgress) => void) => Promise<MatchResult>;
  /** Hears the phases and the matcher's progress. */
  onProgress?: (progress: MatchProgress | { phase: 'pool' | 'store' }) => void;
  /** Stops the proposal before the next step (the match function stops its own work). */
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
 * groups, their explanations and who is left out and why. Throws FieldErrors for a period or
 * group sizes that cannot be planned.
 */
export async function proposeRound(
  db: Kysely<Database>,
  request: RoundRequest,
  options: ProposeOptions,
): Promise<Round> {
  const problems = roundRequestProblems(request, options.now);
  if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
  const { deadline, signal } = options;
  const began = deadline?.clock() ?? 0;
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'pool' });
  const snapshot = await readPool(db, {
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    now: options.now,
    sessionMinutes: request.sessionMinutes,
    readyCases: options.readyCases ?? (await listReadyCases(db)),
    ...(options.network ? { network: options.network } : {}),
  });
  if (signal?.aborted) throw new RoundCancelled();
  if (snapshot.slots.length === 0) throw new FieldErrors({ periodStart: NO_SLOTS_IN_PERIOD });
  const left = deadline && {
    clock: deadline.clock,
    maxMs: deadline.maxMs - (deadline.clock() - began),
  };
  if (left && left.maxMs <= 0) throw new RoundDeadlinePassed();

  const id = randomUUID();
  const settings = matchSettings(
    {
      now: options.now.toISOString(),
      seed: request.seed ?? seedFromRoundId(id),
      poolSize: snapshot.pool.length,
    },
    {
      groupSizeMin: request.groupSizeMin,
      groupSizeMax: request.groupSizeMax,
      ...(options.iterationsPerPerson === undefined
        ? {}
        : { iterationBudget: options.iterationsPerPerson * snapshot.pool.length }),
      ...(left ? { deadline: left } : {}),
    },
  );
  const match = options.match ?? (async (input, hear) => matchRound(input, hear));
  const input: MatchInput = {
    pool: snapshot.pool,
    cases: snapshot.cases,
    slots: snapshot.slots,
    topics: snapshot.topics,
    settings,
  };
  const result = await match(input, progress);
  if (signal?.aborted) throw new RoundCancelled();
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
  await insertRound(db, {
    id,
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    settings: stored,
    proposal: toProposal(result, snapshot),
    proposedBy: options.proposedBy,
    createdAt: options.now.toISOString(),
    network: options.network ?? null,
    matchInput: encodeMatchInput(input),
  });
  const round = await findRound(db, id);
  if (!round) throw new Error(`Round ${id} was not stored`);
  return round;
}
