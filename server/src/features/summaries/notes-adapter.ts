// What the summaries do to a session's notes: lock them when the summary is final, delete
// them when they expire. Reading them goes through domain/notes (readSessionNotes).
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/** Makes a session's notes read-only: the summary is final. Nothing happens without notes. */
export async function lockSessionNotes(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('notes_documents')
    .set({ locked_at: now.toISOString() })
    .where('session_id', '=', sessionId)
    .where('locked_at', 'is', null)
    .execute();
}

/** Deletes the notes of these sessions (their stored updates go with them). */
export async function deleteSessionNotes(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < sessionIds.length; i += 500) {
    const result = await db
      .deleteFrom('notes_documents')
      .where('session_id', 'in', sessionIds.slice(i, i + 500))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
