import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '@ods/db';
import { deleteSessionNotes } from './notes-adapter.ts';

/** The moment before which a session's notes and unpublished summary are due for deletion. */
export function retentionCutoff(now: Date, months: number): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toJSDate();
}

export interface RetentionResult {
  summaries: number;
  notes: number;
}

/**
 * Deletes, for sessions that ended before the cutoff, the notes and every summary that is not
 * in the library (with its consents). Published summaries stay until someone withdraws; the
 * sessions themselves, ratings and everything else stay.
 */
export async function applyRetention(
  db: Kysely<Database>,
  now: Date,
  months: number,
): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, months).toISOString();
  return db.transaction().execute(async (trx) => {
    const summaries = await trx
      .selectFrom('summaries')
      .innerJoin('sparring_sessions', 'sparring_sessions.id', 'summaries.session_id')
      .select('summaries.session_id')
      .where('sparring_sessions.ends_at', '<', cutoff)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('library_entries')
              .select('library_entries.id')
              .whereRef('library_entries.session_id', '=', 'summaries.session_id'),
          ),
        ),
      )
      .execute();
    const summaryIds = summaries.map((row) => row.session_id);
    for (let i = 0; i < summaryIds.length; i += 500) {
      await trx
        .deleteFrom('summaries')
        .where('session_id', 'in', summaryIds.slice(i, i + 500))
        .execute();
    }
    const notes = await trx
      .selectFrom('notes_documents')
      .innerJoin('sparring_sessions', 'sparring_sessions.id', 'notes_documents.session_id')
      .select('notes_documents.session_id')
      .where('sparring_sessions.ends_at', '<', cutoff)
      .execute();
    const notesDeleted = await deleteSessionNotes(
      trx,
      notes.map((row) => row.session_id),
    );
    return { summaries: summaryIds.length, notes: notesDeleted };
  });
}
