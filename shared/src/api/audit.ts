import Type, { type Static } from 'typebox';

/** Why a coordinator or admin was shown a person's record. */
export const AUDIT_PURPOSES = [
  'round-proposal',
  'round-sessions',
  'session-details',
  'spar-now',
  'network-members',
] as const;
export type AuditPurpose = (typeof AUDIT_PURPOSES)[number];

/** One look at one's record, as the person reads it on their account page. */
export const AuditEntry = Type.Object({
  at: Type.String(),
  actorName: Type.String(),
  actorRole: Type.Union([Type.Literal('coordinator'), Type.Literal('admin')]),
  purpose: Type.Enum(AUDIT_PURPOSES),
  networkName: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditList = Type.Object({
  entries: Type.Array(AuditEntry),
  /** All entries, when more than are shown. */
  total: Type.Integer(),
});
export type AuditList = Static<typeof AuditList>;
