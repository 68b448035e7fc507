import Type, { type Static } from 'typebox';
import { PARTICIPANT_ROLES } from './sessions.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });
const Version = Type.Integer({ minimum: 0 });
const GroupIndex = Type.Integer({ minimum: 0, maximum: 100_000 });
const PersonId = Type.String({ minLength: 1, maxLength: 100 });

/** Move a person (in a group or left out) into another group. */
export const MoveAdjustment = Type.Object(
  { kind: Type.Literal('move'), personId: PersonId, toGroup: GroupIndex },
  { additionalProperties: false },
);
/** Swap two people who are in different groups. */
export const SwapAdjustment = Type.Object(
  { kind: Type.Literal('swap'), personId: PersonId, otherId: PersonId },
  { additionalProperties: false },
);
export const RoundAdjustment = Type.Union([MoveAdjustment, SwapAdjustment]);
export type RoundAdjustment = Static<typeof RoundAdjustment>;

/** An adjustment of the proposal as it was at `version`. */
export const AdjustRoundRequest = Type.Object(
  { version: Version, adjustment: RoundAdjustment },
  { additionalProperties: false },
);
export type AdjustRoundRequest = Static<typeof AdjustRoundRequest>;

export const LockRoundGroupRequest = Type.Object(
  { version: Version, group: GroupIndex, locked: Type.Boolean() },
  { additionalProperties: false },
);
export type LockRoundGroupRequest = Static<typeof LockRoundGroupRequest>;

/** A new search that keeps the locked groups exactly and matches everyone else again. */
export const RerunRoundRequest = Type.Object({ version: Version }, { additionalProperties: false });
export type RerunRoundRequest = Static<typeof RerunRoundRequest>;

/** Commit the proposal as it was at `version` (left out: as it is now). */
export const CommitRoundQuery = Type.Object(
  // Query strings are text and the API does not coerce types: a number as digits.
  { version: Type.Optional(Type.String({ pattern: '^(0|[1-9][0-9]{0,8})$' })) },
  { additionalProperties: false },
);
export type CommitRoundQuery = Static<typeof CommitRoundQuery>;

const Score = Type.Object({
  total: Type.Number(),
  /** Unweighted soft parts of the objective, by name (matched, fairness, …). */
  parts: Type.Record(Type.String(), Type.Number()),
});

/** What an adjustment would do, before it is confirmed: hard-rule refusals and the score change. */
export const AdjustmentPreview = Type.Object({
  version: Type.Integer(),
  accepted: Type.Boolean(),
  refusals: Type.Array(
    Type.Object({
      rule: Type.String(),
      group: Type.Union([Type.Integer(), Type.Null()]),
      message: Localised,
    }),
  ),
  changedGroups: Type.Array(
    Type.Object({
      index: Type.Integer(),
      caseId: Type.Union([Type.String(), Type.Null()]),
      members: Type.Array(
        Type.Object({ userId: Type.String(), role: Type.Enum(PARTICIPANT_ROLES) }),
      ),
      explanation: Localised,
    }),
  ),
  /** The objective of the whole proposal now and afterwards, and the change (weighted). */
  objectiveBefore: Type.Number(),
  objectiveAfter: Type.Number(),
  delta: Score,
});
export type AdjustmentPreview = Static<typeof AdjustmentPreview>;
