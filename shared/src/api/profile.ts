import Type, { type Static } from 'typebox';
import { FREQUENCY_WEEKS, LIMITS, TOPIC_LEVELS } from './limits.ts';
import { LanguageSchema } from './auth.ts';

const LocalDate = Type.String({ format: 'date' });

export const TopicChoice = Type.Object(
  {
    slug: Type.String({ minLength: 1, maxLength: 60 }),
    level: Type.Enum(TOPIC_LEVELS),
  },
  { additionalProperties: false },
);
export type TopicChoice = Static<typeof TopicChoice>;

/** A weekly block in which someone can meet, in Europe/Amsterdam wall time (1 = Monday). */
export const AvailabilityBlockSchema = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7 }),
    startMinute: Type.Integer({ minimum: 0, maximum: 1439 }),
    endMinute: Type.Integer({ minimum: 1, maximum: 1440 }),
  },
  { additionalProperties: false },
);

export const AwayPeriod = Type.Object(
  { from: LocalDate, to: LocalDate },
  { additionalProperties: false },
);
export type AwayPeriod = Static<typeof AwayPeriod>;

export const MailPreferences = Type.Object(
  {
    reminders: Type.Boolean(),
    summaries: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type MailPreferences = Static<typeof MailPreferences>;

/** What the profile form sends: few fields, all needed for matching. */
export const ProfileInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LIMITS.nameMax }),
    organisationId: Type.String({ minLength: 1, maxLength: 80 }),
    jobTitle: Type.String({ minLength: 1, maxLength: LIMITS.jobTitleMax }),
    topics: Type.Array(TopicChoice, { minItems: 1, maxItems: LIMITS.topicsMax }),
    availability: Type.Array(AvailabilityBlockSchema, {
      minItems: 1,
      maxItems: LIMITS.availabilityBlocksMax,
    }),
    frequencyWeeks: Type.Enum(FREQUENCY_WEEKS),
    avoidOrganisationIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 80 }), { maxItems: LIMITS.avoidOrganisationsMax }),
    ),
    language: Type.Optional(LanguageSchema),
    awayPeriods: Type.Optional(Type.Array(AwayPeriod, { maxItems: LIMITS.awayPeriodsMax })),
    mailPreferences: Type.Optional(MailPreferences),
    /** Also be matched in rounds of networks one's organisation is not a member of. */
    openToOtherNetworks: Type.Optional(Type.Boolean()),
    houseRulesAccepted: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ProfileInput = Static<typeof ProfileInput>;

export const PoolStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('paused'),
  Type.Literal('left'),
]);
export type PoolStatus = Static<typeof PoolStatus>;

export const Profile = Type.Object({
  name: Type.String(),
  email: Type.String(),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  organisationVerified: Type.Boolean(),
  jobTitle: Type.String(),
  topics: Type.Array(TopicChoice),
  availability: Type.Array(AvailabilityBlockSchema),
  frequencyWeeks: Type.Enum(FREQUENCY_WEEKS),
  avoidOrganisationIds: Type.Array(Type.String()),
  language: LanguageSchema,
  awayPeriods: Type.Array(AwayPeriod),
  mailPreferences: MailPreferences,
  openToOtherNetworks: Type.Boolean(),
  houseRulesAcceptedAt: Type.Union([Type.String(), Type.Null()]),
  poolStatus: PoolStatus,
  pausedUntil: Type.Union([Type.String(), Type.Null()]),
  complete: Type.Boolean(),
});
export type Profile = Static<typeof Profile>;

export const PauseRequest = Type.Object({ until: LocalDate }, { additionalProperties: false });
export type PauseRequest = Static<typeof PauseRequest>;
