import Type, { type Static } from 'typebox';
import { PARTICIPANT_REPLIES, SESSION_STATES } from './sessions.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });
const Instant = Type.String({ format: 'date-time' });

export const REPLY_REASON_MAX = 500;
export const BETTER_MOMENT_MAX = 200;

/** A signed one-click reply link token: payload and signature, both base64url. */
export const ReplyTokenParams = Type.Object({
  token: Type.String({
    minLength: 20,
    maxLength: 100,
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  }),
});
export type ReplyTokenParams = Static<typeof ReplyTokenParams>;

/** What the confirmation page shows before anything changes (GET never changes state). */
export const ReplyPreview = Type.Object({
  action: Type.Enum(['accept', 'decline'] as const),
  sessionId: Type.String(),
  name: Type.String(),
  topic: Localised,
  startsAt: Type.String(),
  endsAt: Type.String(),
  state: Type.Enum(SESSION_STATES),
  currentReply: Type.Enum(PARTICIPANT_REPLIES),
});
export type ReplyPreview = Static<typeof ReplyPreview>;

const ReplyDetails = {
  reason: Type.Optional(Type.String({ maxLength: REPLY_REASON_MAX })),
  betterMoment: Type.Optional(Type.String({ maxLength: BETTER_MOMENT_MAX })),
};

/** The button on the confirmation page: the change happens here. */
export const ReplyRequest = Type.Object(
  { token: ReplyTokenParams.properties.token, ...ReplyDetails },
  { additionalProperties: false },
);
export type ReplyRequest = Static<typeof ReplyRequest>;

/** A signed-in participant answering from "Mijn sessies". */
export const SessionReplyRequest = Type.Object(
  { reply: Type.Enum(['accepted', 'declined'] as const), ...ReplyDetails },
  { additionalProperties: false },
);
export type SessionReplyRequest = Static<typeof SessionReplyRequest>;

export const ReplyResult = Type.Object({
  sessionId: Type.String(),
  reply: Type.Enum(PARTICIPANT_REPLIES),
  state: Type.Enum(SESSION_STATES),
});
export type ReplyResult = Static<typeof ReplyResult>;

export const TimeSlot = Type.Object({ startsAt: Type.String(), endsAt: Type.String() });
export type TimeSlot = Static<typeof TimeSlot>;

export const TimeProposal = Type.Object({
  id: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  proposedBy: Type.Union([Type.String(), Type.Null()]),
  state: Type.Enum(['open', 'accepted', 'rejected', 'superseded'] as const),
  accepted: Type.Array(Type.String()),
  rejected: Type.Array(Type.String()),
  /** The viewer's own vote: true, false, or null when not voted. */
  myVote: Type.Union([Type.Boolean(), Type.Null()]),
});
export type TimeProposal = Static<typeof TimeProposal>;

/** Other moments the whole group can make, and the proposals made so far. */
export const TimeOptions = Type.Object({
  slots: Type.Array(TimeSlot),
  proposals: Type.Array(TimeProposal),
});
export type TimeOptions = Static<typeof TimeOptions>;

export const ProposalRequest = Type.Object({ startsAt: Instant }, { additionalProperties: false });
export type ProposalRequest = Static<typeof ProposalRequest>;

export const ProposalParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  proposalId: Type.String({ format: 'uuid' }),
});
export type ProposalParams = Static<typeof ProposalParams>;

export const VoteRequest = Type.Object({ accept: Type.Boolean() }, { additionalProperties: false });
export type VoteRequest = Static<typeof VoteRequest>;

/** The personal calendar feed: subscribe with the webcal:// address. */
export const CalendarFeed = Type.Object({ url: Type.String(), webcalUrl: Type.String() });
export type CalendarFeed = Static<typeof CalendarFeed>;

export const LINKED_CALENDAR_ERRORS = [
  'refused-address',
  'unreachable',
  'timeout',
  'too-large',
  'http-status',
  'not-a-calendar',
  'malformed',
] as const;

/** A linked published calendar and how its last refresh went. */
export const LinkedCalendar = Type.Object({
  url: Type.String(),
  fetchedAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.Enum(LINKED_CALENDAR_ERRORS), Type.Null()]),
  /** The error in words, in the language of the request. */
  lastErrorMessage: Type.Union([Type.String(), Type.Null()]),
  busyCount: Type.Integer(),
});
export type LinkedCalendar = Static<typeof LinkedCalendar>;

export const LinkedCalendarState = Type.Object({
  calendar: Type.Union([LinkedCalendar, Type.Null()]),
});
export type LinkedCalendarState = Static<typeof LinkedCalendarState>;

export const LinkCalendarRequest = Type.Object(
  { url: Type.String({ minLength: 8, maxLength: 2000, pattern: '^(https?|webcal)://' }) },
  { additionalProperties: false },
);
export type LinkCalendarRequest = Static<typeof LinkCalendarRequest>;

/**
 * "Spar nu": a coordinator starts a session for a group within the hour, under the same room
 * rules. The first address brings the case, the second facilitates.
 */
export const SparNowRequest = Type.Object(
  {
    topic: Type.String({ minLength: 1, maxLength: 100 }),
    startsInMinutes: Type.Integer({ minimum: 0, maximum: 60 }),
    emails: Type.Array(Type.String({ minLength: 3, maxLength: 254 }), {
      minItems: 2,
      maxItems: 6,
      uniqueItems: true,
    }),
    /** The network the session is for; may be left out by someone who runs only one. */
    networkId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type SparNowRequest = Static<typeof SparNowRequest>;

export const SparNowResult = Type.Object({ sessionId: Type.String() });
export type SparNowResult = Static<typeof SparNowResult>;
