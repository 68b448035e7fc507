import Type, { type Static } from 'typebox';
import { REPORT_DETAILS_MAX, SESSION_REPORT_KINDS } from './room-limits.ts';

/** Where the video room of a session stands, for the session page before it asks for a token. */
export const RoomStatus = Type.Object({
  /** False when this server has no LiveKit server configured: the page says video is off. */
  videoAvailable: Type.Boolean(),
  opensAt: Type.String(),
  closesAt: Type.String(),
  /** 'open' only inside the window, and never for a cancelled session. */
  phase: Type.Enum(['not-yet-open', 'open', 'closed', 'cancelled']),
  /** Whether the signed-in user may join at all (participants do; coordinators look on). */
  mayJoin: Type.Boolean(),
  /** How many of its participants are in the room now (from LiveKit's events and polls). */
  present: Type.Integer({ minimum: 0 }),
});
export type RoomStatus = Static<typeof RoomStatus>;

/** A LiveKit access token for one room, and the server to connect to with it. */
export const RoomToken = Type.Object({
  token: Type.String(),
  url: Type.String(),
  roomName: Type.Optional(Type.String()),
});
export type RoomToken = Static<typeof RoomToken>;

export { SESSION_REPORT_KINDS, REPORT_DETAILS_MAX } from './room-limits.ts';
export type { SessionReportKindName } from './room-limits.ts';

/** "Report a problem with this session": reaches the coordinators, never with the notes. */
export const SessionReportRequest = Type.Object({
  kind: Type.Enum(SESSION_REPORT_KINDS),
  details: Type.String({ minLength: 1, maxLength: REPORT_DETAILS_MAX }),
});
export type SessionReportRequest = Static<typeof SessionReportRequest>;

export const SessionReportReceipt = Type.Object({ id: Type.String(), createdAt: Type.String() });
export type SessionReportReceipt = Static<typeof SessionReportReceipt>;
