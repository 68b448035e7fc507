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
  /**
   * The connection sent more edits or presence updates (cursor moves) than any person types
   * (see NOTES_BUDGETS on the server), or one person opened more connections than tabs and
   * devices explain: a runaway script or a hostile client. The client waits a while before it
   * connects again.
   */
  tooManyMessages: 4429,
  /** The notes were locked (summary final) while connected; reconnecting gives read-only. */
  locked: 4423,
  /** The edit could not be stored; it was not acknowledged and is sent again on reconnect. */
  storageFailed: 4500,
} as const;

export type NotesCloseReason = keyof typeof NOTES_CLOSE_CODES;

/**
 * WebSocket's own "message too big" (RFC 6455): a message beyond the server's socket limit
 * (1 MiB), refused before it is read. The server sends it with the reason 'messageTooLarge',
 * and the client treats it as that reason.
 */
export const WEBSOCKET_MESSAGE_TOO_BIG = 1009;

/** The reason for a close code, if it is one of ours (or the socket's "too big"). */
export function notesCloseReason(code: number): NotesCloseReason | undefined {
  if (code === WEBSOCKET_MESSAGE_TOO_BIG) return 'messageTooLarge';
  const entry = Object.entries(NOTES_CLOSE_CODES).find(([, value]) => value === code);
  return entry?.[0] as NotesCloseReason | undefined;
}

/**
 * What the client does after a close:
 * - 'stop': trying again cannot help (not a participant, wrong site, …);
 * - 'reconnect': connect again at once, with the local edits (locked gives read-only; a failed
 *   store is retried);
 * - 'restart': the server refused the client's last edit for its size, and would refuse it
 *   again on every reconnect; drop the local copy and connect again to what is stored;
 * - 'pause': too many messages; connect again only after a pause, with the local edits.
 */
export type NotesCloseAction = 'stop' | 'reconnect' | 'restart' | 'pause';

export function actionAfterClose(reason: NotesCloseReason): NotesCloseAction {
  switch (reason) {
    case 'locked':
    case 'storageFailed':
      return 'reconnect';
    case 'messageTooLarge':
    case 'documentTooLarge':
      return 'restart';
    case 'tooManyMessages':
      return 'pause';
    default:
      return 'stop';
  }
}
