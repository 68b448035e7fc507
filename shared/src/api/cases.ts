import Type, { type Static } from 'typebox';
import { FINDING_KINDS } from '../guard/types.ts';
import { SizeClassSchema } from './reference.ts';
import { CASE_LIMITS, CASE_STATES, CASE_TEXT_FIELDS } from './case-limits.ts';

export * from './case-limits.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });

/**
 * What the editor sends. A draft may still lack its situation and question; becoming ready
 * needs all texts.
 */
export const CaseInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: CASE_LIMITS.titleMax }),
    topic: Type.String({ minLength: 1, maxLength: 60 }),
    situation: Type.String({ maxLength: CASE_LIMITS.situationMax }),
    question: Type.String({ maxLength: CASE_LIMITS.questionMax }),
    sizeClass: Type.Optional(Type.Union([SizeClassSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CaseInput = Static<typeof CaseInput>;

/** A warning the writer confirmed as fictional ("dit is fictief"), by kind and exact text. */
export const ConfirmedWarning = Type.Object(
  {
    kind: Type.Enum(FINDING_KINDS),
    text: Type.String({ minLength: 1, maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type ConfirmedWarning = Static<typeof ConfirmedWarning>;

export const MarkReadyRequest = Type.Object(
  {
    confirmedWarnings: Type.Array(ConfirmedWarning, {
      maxItems: CASE_LIMITS.confirmedWarningsMax,
    }),
  },
  { additionalProperties: false },
);
export type MarkReadyRequest = Static<typeof MarkReadyRequest>;

/** One finding of the personal-data guard, as the API returns it. */
export const GuardFinding = Type.Object({
  kind: Type.Enum(FINDING_KINDS),
  start: Type.Integer(),
  end: Type.Integer(),
  match: Type.String(),
  severity: Type.Union([Type.Literal('block'), Type.Literal('warn')]),
  reason: Localised,
  replacement: Type.String(),
});
export type GuardFinding = Static<typeof GuardFinding>;

/** A finding in one of a case's texts. */
export const CaseFinding = Type.Object({
  field: Type.Enum(CASE_TEXT_FIELDS),
  ...GuardFinding.properties,
});
export type CaseFinding = Static<typeof CaseFinding>;

/** 422 from "ready": the error shape plus the findings that stand in the way. */
export const CaseGuardRejection = Type.Object({
  code: Type.String(),
  message: Type.String(),
  findings: Type.Array(CaseFinding),
});
export type CaseGuardRejection = Static<typeof CaseGuardRejection>;

const TopicRef = Type.Object({ slug: Type.String(), name: Localised });

export const CaseSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  topic: TopicRef,
  sizeClass: Type.Union([SizeClassSchema, Type.Null()]),
  state: Type.Enum(CASE_STATES),
  updatedAt: Type.String(),
  readyAt: Type.Union([Type.String(), Type.Null()]),
});
export type CaseSummary = Static<typeof CaseSummary>;

/** A whole case, for its owner or for the participants of a session that uses it. */
export const CaseDetails = Type.Object({
  id: Type.String(),
  title: Type.String(),
  topic: TopicRef,
  situation: Type.String(),
  question: Type.String(),
  sizeClass: Type.Union([SizeClassSchema, Type.Null()]),
  state: Type.Enum(CASE_STATES),
  /** Whether the reader wrote it (only the owner can edit, withdraw or archive). */
  isOwner: Type.Boolean(),
  confirmedWarnings: Type.Array(ConfirmedWarning),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  readyAt: Type.Union([Type.String(), Type.Null()]),
});
export type CaseDetails = Static<typeof CaseDetails>;

/** An example case from the starter library, to copy and adapt. */
export const StarterCaseSummary = Type.Object({
  slug: Type.String(),
  title: Localised,
  topic: TopicRef,
  /** The theme the topic belongs to, to group the library by. */
  theme: Localised,
  situation: Type.String(),
  question: Type.String(),
  sizeClass: Type.Union([SizeClassSchema, Type.Null()]),
});
export type StarterCaseSummary = Static<typeof StarterCaseSummary>;

export const CaseIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type CaseIdParams = Static<typeof CaseIdParams>;

export const StarterSlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$' }),
});
export type StarterSlugParams = Static<typeof StarterSlugParams>;

export const GuardScanRequest = Type.Object(
  { text: Type.String({ maxLength: CASE_LIMITS.scanTextMax }) },
  { additionalProperties: false },
);
export type GuardScanRequest = Static<typeof GuardScanRequest>;

export const GuardScanResult = Type.Object({ findings: Type.Array(GuardFinding) });
export type GuardScanResult = Static<typeof GuardScanResult>;
