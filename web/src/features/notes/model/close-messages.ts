import {
  actionAfterClose,
  notesCloseReason,
  type NotesCloseAction,
  type NotesCloseReason,
} from '@ods/shared/notes/close-codes';

/** What the client does about a closed notes socket (see NotesCloseAction). */
export interface CloseOutcome {
  reason: NotesCloseReason;
  action: NotesCloseAction;
}

/**
 * Maps a close code from the notes server (ours, or the socket's 1009 "too big") to an
 * outcome; undefined for ordinary closes.
 */
export function closeOutcome(code: number): CloseOutcome | undefined {
  const reason = notesCloseReason(code);
  return reason ? { reason, action: actionAfterClose(reason) } : undefined;
}

/**
 * How long to wait before connecting again after the server found this client sending too
 * much: longer than the server's cooldown (20 s), doubling each time it happens again.
 */
export function pauseBeforeReconnect(timesBefore: number): number {
  return Math.min(30_000 * 2 ** timesBefore, 5 * 60_000);
}

/** A stable colour per person for their caret and presence dot (readable on white). */
export function personColour(userId: string): string {
  const palette = ['#a3156b', '#005a9c', '#1c6b2e', '#8a4500', '#5b2a86', '#8a1c1c', '#00616b'];
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length]!;
}
