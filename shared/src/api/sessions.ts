import Type, { type Static } from 'typebox';
import { SizeClassSchema } from './reference.ts';

const Localised = Type.Object({ nl: Type.String(), en: Type.String() });

export const SESSION_STATES = [
  'proposed',
  'invited',
  'confirmed',
  'live',
  'held',
  'moved',
  'cancelled',
] as const;
export type SessionStateName = (typeof SESSION_STATES)[number];
export const PARTICIPANT_ROLES = ['case-owner', 'facilitator', 'member'] as const;
export const PARTICIPANT_REPLIES = ['needs-action', 'accepted', 'declined', 'tentative'] as const;

export const SessionParticipant = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  jobTitle: Type.String(),
  organisationName: Type.String(),
  municipalityName: Type.String(),
  sizeClass: SizeClassSchema,
  province: Type.String(),
  region: Type.String(),
  role: Type.Enum(PARTICIPANT_ROLES),
  reply: Type.Enum(PARTICIPANT_REPLIES),
});
export type SessionParticipant = Static<typeof SessionParticipant>;

/** A sparring session as its participants see it. */
export const SessionDetails = Type.Object({
  id: Type.String(),
  topic: Type.Object({ slug: Type.String(), name: Localised }),
  state: Type.Enum(SESSION_STATES),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  startsAt: Type.String(),
  endsAt: Type.String(),
  explanation: Localised,
  caseId: Type.Union([Type.String(), Type.Null()]),
  /** The signed-in user's part in it; null for a coordinator looking on. */
  myRole: Type.Union([Type.Enum(PARTICIPANT_ROLES), Type.Null()]),
  myReply: Type.Union([Type.Enum(PARTICIPANT_REPLIES), Type.Null()]),
  participants: Type.Array(SessionParticipant),
});
export type SessionDetails = Static<typeof SessionDetails>;

export const MySessions = Type.Object({
  upcoming: Type.Array(SessionDetails),
  past: Type.Array(SessionDetails),
});
export type MySessions = Static<typeof MySessions>;

export const SessionIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type SessionIdParams = Static<typeof SessionIdParams>;
