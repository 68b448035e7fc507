import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type {
  AdjustmentPreview,
  RoundAdjustment,
  RoundGroup,
  RoundLeftOut,
  RoundMember,
} from '@ods/shared';
import {
  adjustProposal,
  type AdjustOutcome,
  type Adjustment,
  type ProposalShape,
  type Score,
} from '../../core/matcher/adjust.ts';
import { evaluateGroups } from '../../core/matcher/evaluate.ts';
import type { MatchProgress } from '../../core/matcher/match-round.ts';
import type { MatchDeadline, MatchInput, MatchResult } from '../../core/matcher/types.ts';
import {
  NotFound,
  RoundAdjustmentRefused,
  RoundCancelled,
  RoundNotAdjustable,
  RoundVersionConflict,
} from '../../errors.ts';
import { readPersonCards } from './round-cards.repository.ts';
import { decodeMatchInput } from './round-input.ts';
import { toProposal, type StoredProposal } from './round-proposal.ts';
import { proposalOf } from './rounds.repository.ts';

/** A proposal that can be adjusted: its stored groups, the matcher's input and the version. */
interface Adjustable {
  id: string;
  version: number;
  proposal: StoredProposal;
  input: MatchInput;
  shape: ProposalShape;
}

// Decoded inputs of the last few rounds adjusted here: a preview per keystroke must not parse
// megabytes each time. An input never changes after the proposal, so a cached one is never
// stale; the database still says whether the round can be adjusted at all.
const CACHE_SIZE = 4;
const inputs = new Map<string, MatchInput>();

async function loadAdjustable(db: Kysely<Database>, roundId: string): Promise<Adjustable> {
  const cached = inputs.get(roundId);
  const row = await db
    .selectFrom('match_rounds')
    .select(['id', 'state', 'version', 'proposal'])
    .select((eb) =>
      cached
        ? eb.case().when('match_input', 'is', null).then(null).else('').end().as('match_input')
        : eb.ref('match_input').as('match_input'),
    )
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!row) throw new NotFound();
  if (row.state !== 'proposed' || row.match_input === null) {
    inputs.delete(roundId);
    throw new RoundNotAdjustable();
  }
  const input = cached ?? decodeMatchInput(row.match_input);
  inputs.delete(roundId);
  inputs.set(roundId, input);
  if (inputs.size > CACHE_SIZE) inputs.delete(inputs.keys().next().value!);
  const proposal = proposalOf(row);
  return { id: row.id, version: row.version, proposal, input, shape: shapeOf(proposal, input) };
}

/** The stored proposal as the core sees it: ids, roles, slot ids and locks. */
function shapeOf(proposal: StoredProposal, input: MatchInput): ProposalShape {
  const slotAt = new Map(input.slots.map((s) => [s.startsAt, s.id]));
  return {
    groups: proposal.groups.map((g) => ({
      topic: g.topic.slug,
      slotId: slotAt.get(g.startsAt) ?? g.startsAt,
      caseId: g.caseId,
      members: g.members.map((m) => ({ id: m.userId, role: m.role })),
      locked: g.locked ?? false,
    })),
    leftOut: proposal.leftOut.map((p) => p.userId),
  };
}

function checkVersion(round: Adjustable, expected: number): void {
  if (round.version !== expected) throw new RoundVersionConflict();
}

/** The objective of the whole proposal as stored; computed once for a proposal without it. */
function objectiveOf(round: Adjustable): Score {
  return round.proposal.objective ?? evaluateGroups(round.input, round.shape.groups);
}

const toCore = (adjustment: RoundAdjustment): Adjustment => adjustment;

/** What an adjustment would do, without writing anything. */
export async function previewAdjustment(
  db: Kysely<Database>,
  roundId: string,
  version: number,
  adjustment: RoundAdjustment,
): Promise<AdjustmentPreview> {
  const round = await loadAdjustable(db, roundId);
  checkVersion(round, version);
  const outcome = adjustProposal(round.input, round.shape, toCore(adjustment));
  return previewOf(round, outcome);
}

function previewOf(round: Adjustable, outcome: AdjustOutcome): AdjustmentPreview {
  const before = objectiveOf(round).total;
  return {
    version: round.version,
    accepted: outcome.refusals.length === 0,
    refusals: outcome.refusals,
    changedGroups: outcome.changed.map((c) => ({
      index: c.index,
      caseId: c.group.caseId,
      members: c.group.members.map((m) => ({ userId: m.id, role: m.role })),
      explanation: c.explanation,
    })),
    objectiveBefore: before,
    objectiveAfter: before + outcome.delta.total,
    delta: outcome.delta,
  };
}

/**
 * Makes an adjustment (move, swap, lock) on the proposal as it was at `version` and stores it
 * as the next version; refused when it breaks a hard rule, when the round was committed, or
 * when someone else adjusted it since (the write is conditional on the version).
 */
export async function applyAdjustment(
  db: Kysely<Database>,
  roundId: string,
  version: number,
  adjustment: Adjustment,
): Promise<void> {
  const round = await loadAdjustable(db, roundId);
  checkVersion(round, version);
  const outcome = adjustProposal(round.input, round.shape, adjustment);
  if (outcome.refusals.length > 0) throw new RoundAdjustmentRefused();
  const proposal = await adjustedProposal(db, round, outcome);
  await store(db, round, proposal);
}

async function store(db: Kysely<Database>, round: Adjustable, proposal: StoredProposal) {
  const written = await db
    .updateTable('match_rounds')
    .set({ proposal: JSON.stringify(proposal), version: round.version + 1 })
    .where('id', '=', round.id)
    .where('version', '=', round.version)
    .where('state', '=', 'proposed')
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 1) return;
  const now = await db
    .selectFrom('match_rounds')
    .select('state')
    .where('id', '=', round.id)
    .executeTakeFirst();
  if (now?.state === 'proposed') throw new RoundVersionConflict();
  throw new RoundNotAdjustable();
}

/** Member cards of the proposal (as copied in when it was made), read afresh for anyone else. */
async function cardsFor(
  db: Kysely<Database>,
  proposal: StoredProposal,
  ids: string[],
): Promise<Map<string, Omit<RoundMember, 'role'>>> {
  const known = new Map<string, Omit<RoundMember, 'role'>>();
  for (const group of proposal.groups) {
    for (const m of group.members) {
      known.set(m.userId, {
        userId: m.userId,
        name: m.name,
        organisationName: m.organisationName,
        municipalityName: m.municipalityName,
        sizeClass: m.sizeClass,
        province: m.province,
      });
    }
  }
  const missing = ids.filter((id) => !known.has(id));
  for (const [id, card] of await readPersonCards(db, missing))
    known.set(id, { userId: id, ...card });
  return known;
}

async function adjustedProposal(
  db: Kysely<Database>,
  round: Adjustable,
  outcome: AdjustOutcome,
): Promise<StoredProposal> {
  const { proposal } = round;
  const cards = await cardsFor(
    db,
    proposal,
    outcome.changed.flatMap((c) => c.group.members.map((m) => m.id)),
  );
  const groups = proposal.groups.map((group, i): RoundGroup => {
    const shaped = outcome.shape.groups[i]!;
    const changed = outcome.changed.find((c) => c.index === i);
    const rest: RoundGroup = { ...group, locked: shaped.locked };
    if (!shaped.locked) delete rest.locked;
    if (!changed) return rest;
    return {
      ...rest,
      caseId: changed.group.caseId,
      explanation: changed.explanation,
      members: changed.group.members.map((m) => ({ ...cards.get(m.id)!, role: m.role })),
    };
  });
  const stillOut = new Set(outcome.shape.leftOut);
  const leftOut = proposal.leftOut.filter((p) => stillOut.has(p.userId));
  const before = objectiveOf(round);
  const parts = { ...before.parts };
  for (const name of Object.keys(parts) as (keyof typeof parts)[]) {
    parts[name] += outcome.delta.parts[name];
  }
  return {
    ...proposal,
    groups,
    leftOut,
    stats: statsAfter(proposal, groups, leftOut),
    objective: { total: before.total + outcome.delta.total, parts },
  };
}

function statsAfter(
  proposal: StoredProposal,
  groups: RoundGroup[],
  leftOut: RoundLeftOut[],
): StoredProposal['stats'] {
  return {
    ...proposal.stats,
    matched: groups.reduce((sum, g) => sum + g.members.length, 0),
    leftOut: leftOut.length,
    groups: groups.length,
  };
}

export interface RerunOptions {
  deadline?: MatchDeadline;
  iterationsPerPerson?: number;
  signal?: AbortSignal;
  onProgress?: (progress: MatchProgress | { phase: 'pool' | 'store' }) => void;
  match: (input: MatchInput, progress: (progress: MatchProgress) => void) => Promise<MatchResult>;
}

/**
 * A new search around the locked groups: they stay exactly as they are, and everyone else in
 * the pool (from the other groups and those left out) is matched again, with the matcher's
 * input kept with the proposal, a new seed and the usual budget. Stored as the next version.
 */
export async function rerunAroundLocked(
  db: Kysely<Database>,
  roundId: string,
  version: number,
  options: RerunOptions,
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'pool' });
  const round = await loadAdjustable(db, roundId);
  checkVersion(round, version);
  const { input, proposal } = round;
  const lockedIndex = round.shape.groups.flatMap((g, i) => (g.locked ? [i] : []));
  const lockedShape = lockedIndex.map((i) => round.shape.groups[i]!);
  const lockedIds = new Set(lockedShape.flatMap((g) => g.members.map((m) => m.id)));
  const lockedCases = new Set(lockedShape.flatMap((g) => (g.caseId ? [g.caseId] : [])));
  const pool = input.pool.filter((p) => !lockedIds.has(p.id));
  const rest: MatchInput = {
    ...input,
    pool,
    cases: input.cases.filter((c) => !lockedCases.has(c.id) && !lockedIds.has(c.ownerId)),
    settings: {
      ...input.settings,
      seed: (input.settings.seed + version + 1) & 0x7fffffff,
      ...(options.iterationsPerPerson === undefined
        ? {}
        : { iterationBudget: options.iterationsPerPerson * pool.length }),
      ...(options.deadline ? { deadline: options.deadline } : {}),
    },
  };
  const result = await options.match(rest, progress);
  if (options.signal?.aborted) throw new RoundCancelled();
  progress({ phase: 'store' });

  const cardMap = await cardsFor(
    db,
    proposal,
    result.groups.flatMap((g) => g.members.map((m) => m.id)),
  );
  const fresh = toProposal(result, {
    topics: rest.topics,
    slots: rest.slots,
    people: new Map([...cardMap].map(([id, card]) => [id, card])),
  });
  const lockedGroups = lockedIndex.map((i) => proposal.groups[i]!);
  const groups = [...lockedGroups, ...fresh.groups];
  const names = new Map(proposal.leftOut.map((p) => [p.userId, p]));
  const leftOut = fresh.leftOut.map((p) => ({
    ...p,
    name: names.get(p.userId)?.name ?? p.name,
    municipalityName: names.get(p.userId)?.municipalityName ?? p.municipalityName,
  }));
  const lockedScore = evaluateGroups(
    { ...input, pool: input.pool.filter((p) => lockedIds.has(p.id)) },
    lockedShape,
  );
  const parts = { ...lockedScore.parts };
  for (const name of Object.keys(parts) as (keyof typeof parts)[]) {
    parts[name] += result.stats.objective.parts[name];
  }
  await store(db, round, {
    groups,
    leftOut,
    stats: {
      ...statsAfter(proposal, groups, leftOut),
      iterations: result.stats.iterations,
      stoppedBy: result.stats.stoppedBy,
    },
    objective: { total: lockedScore.total + result.stats.objective.total, parts },
  });
}
