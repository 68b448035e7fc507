/** The printable view of a session's notes. */
export const NOTES_PRINT_PATH = '/sessies/:id/notities';

/** The 1-page guide for facilitators. */
export const FACILITATOR_GUIDE_PATH = '/gespreksleider';

export function notesPrintPath(sessionId: string): string {
  return NOTES_PRINT_PATH.replace(':id', encodeURIComponent(sessionId));
}
