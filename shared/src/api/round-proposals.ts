import Type, { type Static } from 'typebox';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });

/** Where a proposal job stands: waiting its turn, running, or finished one way or another. */
export const PROPOSAL_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ProposalStateName = (typeof PROPOSAL_STATES)[number];

/**
 * What a running proposal is doing: waiting for the one before it, reading the pool, building
 * the matcher's model, the constructive start, the search, building the result, storing it.
 */
export const PROPOSAL_PHASES = [
  'waiting',
  'pool',
  'model',
  'construct',
  'search',
  'result',
  'store',
  'finished',
] as const;
export type ProposalPhaseName = (typeof PROPOSAL_PHASES)[number];

/**
 * A round proposal that runs in the background (in a worker thread, one at a time): poll it
 * for its phase and best objective so far until it is done (then `roundId` is the new round).
 */
export const RoundProposal = Type.Object({
  id: Type.String(),
  state: Type.Enum(PROPOSAL_STATES),
  phase: Type.Enum(PROPOSAL_PHASES),
  /** Proposals before this one (one runs at a time on this server); 0 once it runs. */
  queuePosition: Type.Integer({ minimum: 0 }),
  /** The matcher's objective so far (higher is better), once it has a first assignment. */
  bestObjective: Type.Union([Type.Number(), Type.Null()]),
  iterations: Type.Integer({ minimum: 0 }),
  /** Seconds the whole proposal may take; the search then settles for its best so far. */
  deadlineSeconds: Type.Number(),
  createdAt: Type.String(),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  roundId: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([
    Type.Object({
      code: Type.String(),
      message: Localised,
      fields: Type.Optional(Type.Record(Type.String(), Localised)),
    }),
    Type.Null(),
  ]),
});
export type RoundProposal = Static<typeof RoundProposal>;

export const RoundProposalIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type RoundProposalIdParams = Static<typeof RoundProposalIdParams>;
