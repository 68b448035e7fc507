import { isPermanentClose, notesCloseReason, type NotesCloseReason } from '@ods/shared/api/notes';

/** What the client does about a closed notes socket. */
export interface CloseOutcome {
  reason: NotesCloseReason;
  /** Stop reconnecting: trying again cannot help (not a participant, too large, …). */
  permanent: boolean;
}

// WebSocket's own "message too big": the server's socket limit (1 MiB) caught it first.
const MESSAGE_TOO_BIG = 1009;

/** Maps a close code from the notes server to an outcome; undefined for ordinary closes. */
export function closeOutcome(code: number): CloseOutcome | undefined {
  const reason = code === MESSAGE_TOO_BIG ? 'messageTooLarge' : notesCloseReason(code);
  return reason ? { reason, permanent: isPermanentClose(reason) } : undefined;
}

/** A stable colour per person for their caret and presence dot (readable on white). */
export function personColour(userId: string): string {
  const palette = ['#a3156b', '#005a9c', '#1c6b2e', '#8a4500', '#5b2a86', '#8a1c1c', '#00616b'];
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length]!;
}
