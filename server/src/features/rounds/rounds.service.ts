import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Round, RoundSettings } from '@ods/shared';
import { matchRound } from '../../core/matcher/match-round.ts';
import { matchSettings } from '../../core/matcher/settings.ts';
import type { MatchCase, MatchDeadline } from '../../core/matcher/types.ts';
import { listReadyCases } from '../../domain/cases/ready-cases.ts';
import { FieldErrors } from '../../errors.ts';
import type { PoolNetwork } from './pool-members.ts';
import { readPool } from './pool.repository.ts';
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
  /** Production only: stops the local search early; results then depend on timing. */
  deadline?: MatchDeadline;
  /** Ready cases to plan sessions around; by default every case marked ready. */
  readyCases?: MatchCase[];
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
  const snapshot = await readPool(db, {
    periodStart: request.periodStart,
    periodEnd: request.periodEnd,
    now: options.now,
    sessionMinutes: request.sessionMinutes,
    readyCases: options.readyCases ?? (await listReadyCases(db)),
    ...(options.network ? { network: options.network } : {}),
  });
  if (snapshot.slots.length === 0) throw new FieldErrors({ periodStart: NO_SLOTS_IN_PERIOD });

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
      ...(options.deadline ? { deadline: options.deadline } : {}),
    },
  );
  const result = matchRound({
    pool: snapshot.pool,
    cases: snapshot.cases,
    slots: snapshot.slots,
    topics: snapshot.topics,
    settings,
  });
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
  });
  const round = await findRound(db, id);
  if (!round) throw new Error(`Round ${id} was not stored`);
  return round;
}
