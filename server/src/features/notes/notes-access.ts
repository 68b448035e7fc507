import type { Kysely } from 'kysely';
import type { Database, ParticipantRole } from '@ods/db';
import type { NotesCloseReason } from '@ods/shared';

/** Who is on a notes connection; Hocuspocus hands it to every hook as the context. */
export interface NotesContext {
  sessionId: string;
  userId: string;
  name: string;
  role: ParticipantRole;
  /** The notes are locked (the summary is final) or the session was cancelled. */
  readOnly: boolean;
}

/**
 * Whether a signed-in user may open a session's notes, and how. Only participants who were
 * not removed may; coordinators look at sessions but the notes belong to the group.
 */
export async function resolveNotesAccess(
  db: Kysely<Database>,
  sessionId: string,
  user: { id: string; name: string },
): Promise<NotesContext | NotesCloseReason> {
  const session = await db
    .selectFrom('sparring_sessions')
    .leftJoin('notes_documents', 'notes_documents.session_id', 'sparring_sessions.id')
    .leftJoin('summaries', 'summaries.session_id', 'sparring_sessions.id')
    .select(['sparring_sessions.state', 'notes_documents.locked_at', 'summaries.finalised_at'])
    .where('sparring_sessions.id', '=', sessionId)
    .executeTakeFirst();
  // A proposed session is not shown to its participants yet.
  if (!session || session.state === 'proposed') return 'sessionNotFound';
  const participant = await db
    .selectFrom('session_participants')
    .select('role')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', user.id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!participant) return 'notParticipant';
  return {
    sessionId,
    userId: user.id,
    name: user.name,
    role: participant.role,
    // By the summary's state, not only the notes row: a summary can be final before anyone
    // opened the notes (no row to lock then), or after the retention job deleted them.
    readOnly:
      session.finalised_at != null || session.locked_at != null || session.state === 'cancelled',
  };
}
