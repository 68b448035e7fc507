import Type, { type Static } from 'typebox';

const Id = Type.String({ format: 'uuid' });
const Domain = Type.String({
  minLength: 3,
  maxLength: 253,
  pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$',
});
const TopicName = Type.String({ minLength: 2, maxLength: 80 });

export const NetworkIdParams = Type.Object({ id: Id });
export type NetworkIdParams = Static<typeof NetworkIdParams>;

export const NetworkCoordinator = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  email: Type.String(),
});
export type NetworkCoordinator = Static<typeof NetworkCoordinator>;

/** A network as the console lists it. */
export const NetworkSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  coversAll: Type.Boolean(),
  organisations: Type.Integer(),
  coordinators: Type.Array(NetworkCoordinator),
});
export type NetworkSummary = Static<typeof NetworkSummary>;

export const NetworkList = Type.Object({ networks: Type.Array(NetworkSummary) });
export type NetworkList = Static<typeof NetworkList>;

export const CreateNetworkRequest = Type.Object(
  { name: Type.String({ minLength: 3, maxLength: 120 }) },
  { additionalProperties: false },
);
export type CreateNetworkRequest = Static<typeof CreateNetworkRequest>;

export const AppointCoordinatorRequest = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254 }) },
  { additionalProperties: false },
);
export type AppointCoordinatorRequest = Static<typeof AppointCoordinatorRequest>;

export const CoordinatorParams = Type.Object({ id: Id, userId: Id });

export const NetworkOrganisation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  municipalityName: Type.String(),
  domains: Type.Array(Type.String()),
});
export type NetworkOrganisation = Static<typeof NetworkOrganisation>;

export const NetworkTopic = Type.Object({
  slug: Type.String(),
  /** The network's own name when renamed, else the installation's. */
  name: Type.Object({ nl: Type.String(), en: Type.String() }),
  state: Type.Union([Type.Literal('active'), Type.Literal('retired'), Type.Literal('merged')]),
  mergedInto: Type.Union([Type.String(), Type.Null()]),
});
export type NetworkTopic = Static<typeof NetworkTopic>;

/** One network in detail: its organisations with their mail domains, and its topics. */
export const NetworkDetails = Type.Object({
  id: Type.String(),
  name: Type.String(),
  coversAll: Type.Boolean(),
  organisations: Type.Array(NetworkOrganisation),
  topics: Type.Array(NetworkTopic),
});
export type NetworkDetails = Static<typeof NetworkDetails>;

export const OrganisationParams = Type.Object({
  id: Id,
  organisationId: Type.String({ minLength: 1, maxLength: 80 }),
});

export const MemberOrganisationRequest = Type.Object(
  { domains: Type.Array(Domain, { maxItems: 10, uniqueItems: true }) },
  { additionalProperties: false },
);
export type MemberOrganisationRequest = Static<typeof MemberOrganisationRequest>;

export const TopicParams = Type.Object({
  id: Id,
  slug: Type.String({ minLength: 1, maxLength: 100 }),
});

/** Add a topic: one of the installation's (by slug) or a new one (by name). */
export const AddTopicRequest = Type.Union([
  Type.Object(
    { slug: Type.String({ minLength: 1, maxLength: 100 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { nameNl: TopicName, nameEn: Type.Optional(TopicName) },
    { additionalProperties: false },
  ),
]);
export type AddTopicRequest = Static<typeof AddTopicRequest>;

export const RenameTopicRequest = Type.Object(
  { nameNl: TopicName, nameEn: Type.Optional(TopicName) },
  { additionalProperties: false },
);
export type RenameTopicRequest = Static<typeof RenameTopicRequest>;

export const MergeTopicRequest = Type.Object(
  { into: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type MergeTopicRequest = Static<typeof MergeTopicRequest>;

export const InviteRequest = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    organisationId: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type InviteRequest = Static<typeof InviteRequest>;

export const Invitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  createdAt: Type.String(),
});
export type Invitation = Static<typeof Invitation>;

export const InvitationList = Type.Object({ invitations: Type.Array(Invitation) });
export type InvitationList = Static<typeof InvitationList>;

export const InvitationParams = Type.Object({ id: Id, invitationId: Id });

/** A count shown in the overview: a number, or "< 5" (null) when it would single people out. */
export const Cell = Type.Union([Type.Integer(), Type.Null()]);

export const OverviewMonth = Type.Object({
  /** YYYY-MM */
  month: Type.String(),
  signUps: Cell,
  sessionsHeld: Cell,
  /** Participants who came, over all held sessions of the month. */
  attended: Cell,
  /** Participants invited to those sessions. */
  invited: Cell,
  /** Average rating 1–5 with one decimal; null when fewer than 5 ratings. */
  averageRating: Type.Union([Type.Number(), Type.Null()]),
  /** Share (0–1) of the month's groups that span 3+ size classes, resp. 3+ regions. */
  mixedSizeShare: Type.Union([Type.Number(), Type.Null()]),
  mixedRegionShare: Type.Union([Type.Number(), Type.Null()]),
});
export type OverviewMonth = Static<typeof OverviewMonth>;

export const TopicCount = Type.Object({
  slug: Type.String(),
  name: Type.Object({ nl: Type.String(), en: Type.String() }),
  published: Cell,
});

/** Aggregates only: nothing here names or singles out a person. */
export const NetworkOverview = Type.Object({
  months: Type.Array(OverviewMonth),
  /** Totals over the months shown; suppressed too, so no hidden month can be recomputed. */
  totals: Type.Object({ signUps: Cell, sessionsHeld: Cell, attended: Cell, invited: Cell }),
  publishedPerTopic: Type.Array(TopicCount),
  /** The smallest count shown; smaller ones are "< 5". */
  threshold: Type.Integer(),
});
export type NetworkOverview = Static<typeof NetworkOverview>;
