import Type, { type Static } from 'typebox';
import { SizeClassSchema } from './reference.ts';
import { PARTICIPANT_ROLES, SESSION_STATES } from './sessions.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });
const LocalDate = Type.String({ format: 'date' });

/** Session lengths a round can plan, in minutes. */
export const SESSION_MINUTES = [45, 60, 90] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

/** Bounds a coordinator may choose for the group size; the matcher's default is 3–5. */
export const ROUND_LIMITS = {
  groupSizeMin: 3,
  groupSizeMax: 6,
  defaultGroupSizeMin: 3,
  defaultGroupSizeMax: 5,
  /** The longest period one round may plan, in days (8 weeks). */
  periodDaysMax: 56,
  seedMax: 2_147_483_647,
} as const;

/** Why someone is not in a group this round (the matcher's reasons). */
export const LEFT_OUT_REASONS = [
  'no-topic',
  'no-availability',
  'frequency',
  'cap-reached',
  'no-peers-on-topic',
  'no-common-slot',
  'no-group-fits',
] as const;
export type LeftOutReasonName = (typeof LEFT_OUT_REASONS)[number];

const GroupSize = Type.Integer({
  minimum: ROUND_LIMITS.groupSizeMin,
  maximum: ROUND_LIMITS.groupSizeMax,
});

/** What a coordinator sends to propose a round: a period in local dates and a few settings. */
export const ProposeRoundRequest = Type.Object(
  {
    periodStart: LocalDate,
    periodEnd: LocalDate,
    sessionMinutes: Type.Optional(Type.Enum(SESSION_MINUTES)),
    groupSizeMin: Type.Optional(GroupSize),
    groupSizeMax: Type.Optional(GroupSize),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: ROUND_LIMITS.seedMax })),
    /** The network the round is for; may be left out by someone who runs only one. */
    networkId: Type.Optional(Type.String({ format: 'uuid' })),
    /** Also match members of other networks who said they are open to that. */
    openToOtherNetworks: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ProposeRoundRequest = Static<typeof ProposeRoundRequest>;

/** A member of a proposed group, with what the coordinator needs to judge the mix. */
export const RoundMember = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  organisationName: Type.String(),
  municipalityName: Type.String(),
  sizeClass: SizeClassSchema,
  province: Type.String(),
  role: Type.Enum(PARTICIPANT_ROLES),
});
export type RoundMember = Static<typeof RoundMember>;

export const RoundGroup = Type.Object({
  topic: Type.Object({ slug: Type.String(), name: Localised }),
  /** UTC ISO instants of the slot. */
  startsAt: Type.String(),
  endsAt: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  explanation: Localised,
  members: Type.Array(RoundMember),
  /** The sparring session made from this group, once the round is committed. */
  sessionId: Type.Optional(Type.String()),
  /** Locked by a coordinator: adjustments and a new search leave it exactly as it is. */
  locked: Type.Optional(Type.Boolean()),
});
export type RoundGroup = Static<typeof RoundGroup>;

export const RoundLeftOut = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  municipalityName: Type.String(),
  reason: Type.Enum(LEFT_OUT_REASONS),
  explanation: Localised,
});
export type RoundLeftOut = Static<typeof RoundLeftOut>;

/** The settings a round was proposed with, so its result can be reproduced. */
export const RoundSettings = Type.Object({
  /** ISO instant: the reference time of the matcher. */
  now: Type.String(),
  sessionMinutes: Type.Enum(SESSION_MINUTES),
  groupSizeMin: Type.Integer(),
  groupSizeMax: Type.Integer(),
  monthlyCap: Type.Integer(),
  seed: Type.Integer(),
  iterationBudget: Type.Integer(),
});
export type RoundSettings = Static<typeof RoundSettings>;

export const RoundStats = Type.Object({
  poolSize: Type.Integer(),
  eligible: Type.Integer(),
  matched: Type.Integer(),
  leftOut: Type.Integer(),
  groups: Type.Integer(),
  slots: Type.Integer(),
  iterations: Type.Integer(),
  stoppedBy: Type.Union([Type.Literal('budget'), Type.Literal('deadline')]),
});
export type RoundStats = Static<typeof RoundStats>;

export const ROUND_STATES = ['proposed', 'committed'] as const;

/**
 * A round's groups and left-out list are answered a page at a time: a proposal for 10 000
 * people is 3–4 MB, and a coordinator's screen shows a few dozen groups at once.
 */
export const ROUND_PAGE = {
  groupsDefault: 20,
  groupsMax: 200,
  leftOutDefault: 50,
  leftOutMax: 500,
} as const;

// Query strings are text and the API does not coerce types: numbers as digits.
const Digits = (maxDigits: number) =>
  Type.String({ pattern: `^(0|[1-9][0-9]{0,${maxDigits - 1}})$` });

/** Which page of the groups and of the left-out list to answer (offsets count from 0). */
export const RoundPageQuery = Type.Object(
  {
    groupOffset: Type.Optional(Digits(6)),
    groupLimit: Type.Optional(Digits(3)),
    leftOutOffset: Type.Optional(Digits(6)),
    leftOutLimit: Type.Optional(Digits(3)),
  },
  { additionalProperties: false },
);
export type RoundPageQuery = Static<typeof RoundPageQuery>;

/** Where the answer's groups and left-out people start, and how many there are in all. */
export const RoundPage = Type.Object({
  groupOffset: Type.Integer({ minimum: 0 }),
  groupsTotal: Type.Integer({ minimum: 0 }),
  leftOutOffset: Type.Integer({ minimum: 0 }),
  leftOutTotal: Type.Integer({ minimum: 0 }),
});
export type RoundPage = Static<typeof RoundPage>;

/** A match round: a proposal to inspect, or a committed one whose groups became sessions. */
export const Round = Type.Object({
  id: Type.String(),
  networkId: Type.Union([Type.String(), Type.Null()]),
  openToOtherNetworks: Type.Boolean(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  state: Type.Enum(ROUND_STATES),
  createdAt: Type.String(),
  committedAt: Type.Union([Type.String(), Type.Null()]),
  settings: RoundSettings,
  stats: RoundStats,
  /** One page of the groups (the first unless asked otherwise); see `page`. */
  groups: Type.Array(RoundGroup),
  /** One page of the people left out; see `page`. */
  leftOut: Type.Array(RoundLeftOut),
  page: RoundPage,
  /** Counts the adjustments; an adjustment names the version it was made on. */
  version: Type.Integer(),
  /** Whether the proposal can still be adjusted (proposed, and kept with the matcher's input). */
  adjustable: Type.Boolean(),
  /** The matcher's objective of the groups as they are now (null for rounds from before). */
  objective: Type.Union([Type.Number(), Type.Null()]),
});
export type Round = Static<typeof Round>;

export const RoundSummary = Type.Object({
  id: Type.String(),
  networkId: Type.Union([Type.String(), Type.Null()]),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  state: Type.Enum(ROUND_STATES),
  createdAt: Type.String(),
  committedAt: Type.Union([Type.String(), Type.Null()]),
  groups: Type.Integer(),
  matched: Type.Integer(),
  leftOut: Type.Integer(),
});
export type RoundSummary = Static<typeof RoundSummary>;

export const RoundList = Type.Object({ rounds: Type.Array(RoundSummary) });
export type RoundList = Static<typeof RoundList>;

export const RoundIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type RoundIdParams = Static<typeof RoundIdParams>;

/**
 * Where one person stands in a committed round's session, as far as running the round needs:
 * their name and their answer ("removed": taken out without declining, e.g. when the session
 * moved to a time they could not make).
 */
export const ROUND_SESSION_REPLIES = ['accepted', 'declined', 'pending', 'removed'] as const;

export const RoundSessionPerson = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  reply: Type.Enum(ROUND_SESSION_REPLIES),
});
export type RoundSessionPerson = Static<typeof RoundSessionPerson>;

/**
 * The state of the session a committed round's group became: counts and states only, never
 * notes, cases, summaries or ratings.
 */
export const RoundSessionState = Type.Object({
  sessionId: Type.String(),
  /** Index of the round's group this session was made from. */
  group: Type.Integer(),
  state: Type.Enum(SESSION_STATES),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  /** The session's time now (UTC ISO); `rescheduled` when it is no longer the planned one. */
  startsAt: Type.String(),
  endsAt: Type.String(),
  rescheduled: Type.Boolean(),
  /** Everyone who got an invitation (0 while the invitations have not gone out). */
  invited: Type.Integer(),
  accepted: Type.Integer(),
  declined: Type.Integer(),
  pending: Type.Integer(),
  /** How many different participants were in the video room (LiveKit's webhooks). */
  attended: Type.Integer(),
  people: Type.Array(RoundSessionPerson),
});
export type RoundSessionState = Static<typeof RoundSessionState>;

export const RoundSessions = Type.Object({ sessions: Type.Array(RoundSessionState) });
export type RoundSessions = Static<typeof RoundSessions>;
