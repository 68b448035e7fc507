import Type, { type Static } from 'typebox';
import { ConfirmedWarning, GuardFinding } from './cases.ts';
import { SizeClassSchema } from './reference.ts';
import {
  ATTRIBUTIONS,
  RATING_MAX,
  RATING_MIN,
  SUMMARY_LIMITS,
  SUMMARY_STATUSES,
  SUMMARY_TEXT_FIELDS,
} from './summary-limits.ts';

export * from './summary-limits.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });
const TopicRef = Type.Object({ slug: Type.String(), name: Localised });
const text = (maxLength: number) => Type.String({ maxLength });

export const AttributionSchema = Type.Enum(ATTRIBUTIONS);
export const SummaryStatusSchema = Type.Enum(SUMMARY_STATUSES);

/** One row of the "over de schutting" table: how one municipality handles the case. */
export const ExchangeRow = Type.Object(
  {
    municipality: text(200),
    approach: text(SUMMARY_LIMITS.cellMax),
    tools: text(SUMMARY_LIMITS.cellMax),
    whatWorks: text(SUMMARY_LIMITS.cellMax),
  },
  { additionalProperties: false },
);
export type ExchangeRow = Static<typeof ExchangeRow>;

/** The structured texts of a summary. */
export const SummaryContent = Type.Object(
  {
    question: text(SUMMARY_LIMITS.questionMax),
    insights: text(SUMMARY_LIMITS.textMax),
    exchange: Type.Array(ExchangeRow, { maxItems: SUMMARY_LIMITS.exchangeRowsMax }),
    advice: text(SUMMARY_LIMITS.textMax),
    takeaways: text(SUMMARY_LIMITS.textMax),
    followUps: text(SUMMARY_LIMITS.textMax),
  },
  { additionalProperties: false },
);
export type SummaryContent = Static<typeof SummaryContent>;

export const SummaryConsent = Type.Object({
  agreed: Type.Boolean(),
  attribution: AttributionSchema,
});
export type SummaryConsent = Static<typeof SummaryConsent>;

/**
 * Where a participant's answer stands: agreed, refused, asked and not answered yet, asked and
 * the question closed without an answer (the summary stays private), or not asked (a no-show).
 */
export const CONSENT_ANSWERS = ['agreed', 'refused', 'waiting', 'no-answer', 'not-asked'] as const;
export const ConsentAnswerSchema = Type.Enum(CONSENT_ANSWERS);
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export const SummaryParticipant = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  municipalityName: Type.String(),
  sizeClass: SizeClassSchema,
  region: Type.String(),
  isMe: Type.Boolean(),
  /** Null until the person chose; their choice stays when an edit asks everyone again. */
  consent: Type.Union([SummaryConsent, Type.Null()]),
  /** Whether they were in the room: only those who took part are asked to agree. */
  tookPart: Type.Boolean(),
  answer: ConsentAnswerSchema,
});
export type SummaryParticipant = Static<typeof SummaryParticipant>;

/** A finding of the personal-data guard in one text of a summary. */
export const SummaryFinding = Type.Object({
  field: Type.Enum(SUMMARY_TEXT_FIELDS),
  ...GuardFinding.properties,
});
export type SummaryFinding = Static<typeof SummaryFinding>;

/** A session's summary as its participants see it (never anyone else). */
export const SummaryView = Type.Object({
  sessionId: Type.String(),
  topic: TopicRef,
  startsAt: Type.String(),
  /** False while it is only the draft made from the notes; the first save stores it. */
  saved: Type.Boolean(),
  /** Send it back when saving or agreeing; 0 before the first save. */
  version: Type.Integer(),
  content: SummaryContent,
  status: SummaryStatusSchema,
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  finalisedAt: Type.Union([Type.String(), Type.Null()]),
  participants: Type.Array(SummaryParticipant),
  confirmedWarnings: Type.Array(ConfirmedWarning),
  /**
   * Where the texts (also the draft made from the notes) name a participant who is not shown by
   * name: blocking until replaced, checked by the server because only it knows e-mail addresses
   * and organisations. Offsets point into the texts of `content` as the guard reads them.
   */
  knownPeople: Type.Array(SummaryFinding),
  /** Whether I gave my rating (asked once). */
  rated: Type.Boolean(),
});
export type SummaryView = Static<typeof SummaryView>;

export const SaveSummaryRequest = Type.Object(
  { version: Type.Integer({ minimum: 0 }), content: SummaryContent },
  { additionalProperties: false },
);
export type SaveSummaryRequest = Static<typeof SaveSummaryRequest>;

/** "I agree to publish this version, shown like this"; warnings I confirm as fictional. */
export const ConsentRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    attribution: AttributionSchema,
    confirmedWarnings: Type.Array(ConfirmedWarning, {
      maxItems: SUMMARY_LIMITS.confirmedWarningsMax,
    }),
  },
  { additionalProperties: false },
);
export type ConsentRequest = Static<typeof ConsentRequest>;

/** The token of a consent link ("bekijk en stem in") from a mail. */
export const ConsentLinkParams = Type.Object({
  token: Type.String({
    minLength: 20,
    maxLength: 100,
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  }),
});
export type ConsentLinkParams = Static<typeof ConsentLinkParams>;

/** The answer given on the page a consent link opens: agree to this version, or say no. */
export const ConsentLinkRequest = Type.Union([
  Type.Object(
    {
      token: ConsentLinkParams.properties.token,
      answer: Type.Literal('agree'),
      ...ConsentRequest.properties,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { token: ConsentLinkParams.properties.token, answer: Type.Literal('refuse') },
    { additionalProperties: false },
  ),
]);
export type ConsentLinkRequest = Static<typeof ConsentLinkRequest>;

/** A summary waiting for my answer: the in-app notice beside the mail. */
export const OpenConsentRequest = Type.Object({
  sessionId: Type.String(),
  topic: TopicRef,
  startsAt: Type.String(),
  requestedAt: Type.String(),
});
export type OpenConsentRequest = Static<typeof OpenConsentRequest>;

/** 422 from agreeing: the error shape plus the findings that stand in the way. */
export const SummaryGuardRejection = Type.Object({
  code: Type.String(),
  message: Type.String(),
  findings: Type.Array(SummaryFinding),
});
export type SummaryGuardRejection = Static<typeof SummaryGuardRejection>;

/** The one-click question after a session: a rating and with whom to spar again. */
export const RatingRequest = Type.Object(
  {
    rating: Type.Integer({ minimum: RATING_MIN, maximum: RATING_MAX }),
    sparAgain: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 10, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type RatingRequest = Static<typeof RatingRequest>;

/** One past session on "Mijn sessies": where its summary stands and what waits for me. */
export const PastSessionSummary = Type.Object({
  sessionId: Type.String(),
  topic: TopicRef,
  startsAt: Type.String(),
  status: SummaryStatusSchema,
  saved: Type.Boolean(),
  waitingForMe: Type.Object({ consent: Type.Boolean(), rating: Type.Boolean() }),
  takeaways: Type.String(),
});
export type PastSessionSummary = Static<typeof PastSessionSummary>;
