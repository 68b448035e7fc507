/**
 * Why the notes server closed a connection: WebSocket close codes in the private 4000–4999
 * range, shared by server and client. The client maps each to a message and decides whether
 * reconnecting makes sense.
 */
export const NOTES_CLOSE_CODES = {
  /** Not signed in (the upgrade itself is refused with 401 before this can happen). */
  notSignedIn: 4401,
  /** Signed in, but not a participant of this session (coordinators included). */
  notParticipant: 4403,
  /** No such session, or it was never shown to its participants. */
  sessionNotFound: 4404,
  /** The page was opened from another site. */
  wrongOrigin: 4406,
  /** One message (an edit, a paste) is larger than NOTES_LIMITS.messageBytes. */
  messageTooLarge: 4413,
  /** The document would grow past NOTES_LIMITS.documentBytes. */
  documentTooLarge: 4414,
  /** The notes were locked (summary final) while connected; reconnecting gives read-only. */
  locked: 4423,
  /** The edit could not be stored; it was not acknowledged and is sent again on reconnect. */
  storageFailed: 4500,
} as const;

export type NotesCloseReason = keyof typeof NOTES_CLOSE_CODES;

/** The reason for a close code, if it is one of ours. */
export function notesCloseReason(code: number): NotesCloseReason | undefined {
  const entry = Object.entries(NOTES_CLOSE_CODES).find(([, value]) => value === code);
  return entry?.[0] as NotesCloseReason | undefined;
}

/** Whether the client should stop reconnecting after this close (trying again cannot help). */
export function isPermanentClose(reason: NotesCloseReason): boolean {
  return reason !== 'locked' && reason !== 'storageFailed';
}
