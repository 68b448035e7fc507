import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { notesToMarkdown } from './notes-markdown.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';

/**
 * The notes of the sessions a person took part in, as Markdown, in their data export. Nothing
 * is erased with an account: the notes are the group's shared record and store no user ids
 * (names in cursors and presence live only in memory while connected).
 */
export const notesPersonalData: PersonalDataPart = {
  name: 'sessionNotes',
  async export(db, userId) {
    const sessions = await db
      .selectFrom('session_participants')
      .innerJoin('notes_documents', 'notes_documents.session_id', 'session_participants.session_id')
      .select('session_participants.session_id')
      .where('session_participants.user_id', '=', userId)
      .execute();
    const notes: { sessionId: string; markdown: string }[] = [];
    for (const { session_id: sessionId } of sessions) {
      const stored = await readStoredNotes(db, sessionId);
      if (!stored) continue;
      const doc = toYDoc(stored);
      notes.push({ sessionId, markdown: notesToMarkdown(doc, 'Notities') });
      doc.destroy();
    }
    return notes;
  },
  async erase() {
    // Nothing to erase: see above.
  },
};
