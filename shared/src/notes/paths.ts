// Apart from api/notes.ts, whose TypeBox schemas the browser would otherwise load with the notes
// editor (15 kB brotli) only to build these two paths.

/** The path of a session's notes socket (the document name is the session id). */
export function notesSocketPath(sessionId: string): string {
  return `/api/sessions/${sessionId}/notes/socket`;
}

/** The path of the Markdown export of a session's notes. */
export function notesMarkdownPath(sessionId: string): string {
  return `/api/sessions/${sessionId}/notes.md`;
}
