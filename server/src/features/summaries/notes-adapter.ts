// Adapter to the shared notes (features/notes), which this feature may not import. It reads
// the stored Yjs state straight from the notes tables and mirrors notesToSections() in
// features/notes/notes-markdown.ts; once the notes feature moves its reader down into
// server/src/domain/notes/, this file should call that instead.
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '@ods/db';
import { METHOD_LENGTHS, methodPhase, PHASE_IDS } from '@ods/shared/method/sparring-method';
import type { SessionNotes } from '../../core/summaries/draft-summary.ts';

/** The fragment Tiptap's Collaboration extension edits (NOTES_FRAGMENT in the notes feature). */
const FRAGMENT = 'default';

function plainText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText)
    return (node.toDelta() as { insert?: unknown }[])
      .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
      .join('');
  return node
    .toArray()
    .map((child) => plainText(child as Y.XmlElement | Y.XmlText))
    .join(node.nodeName === 'paragraph' ? '' : '\n')
    .trim();
}

function phaseOf(heading: string): string {
  const wanted = heading.trim().toLowerCase();
  const id = PHASE_IDS.find((phase) =>
    METHOD_LENGTHS.some((length) => {
      const { title } = methodPhase(phase, length);
      return title.nl.toLowerCase() === wanted || title.en.toLowerCase() === wanted;
    }),
  );
  return id ?? heading;
}

/** The notes of a Yjs document as plain data: sections by heading, and the table's rows. */
export function sessionNotesOf(doc: Y.Doc): SessionNotes {
  const notes: SessionNotes = { sections: [], table: [] };
  for (const node of doc.getXmlFragment(FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'heading') {
      notes.sections.push({ phase: phaseOf(plainText(node)), text: '' });
    } else if (node.nodeName === 'table') {
      for (const row of node.toArray().slice(1) as Y.XmlElement[]) {
        const [municipality = '', approach = '', tools = '', whatWorks = ''] = row
          .toArray()
          .map((cell) => plainText(cell as Y.XmlElement));
        notes.table.push({ municipality, approach, tools, whatWorks });
      }
    } else {
      let section = notes.sections.at(-1);
      if (!section) notes.sections.push((section = { phase: '', text: '' }));
      const body = plainText(node);
      section.text = section.text ? `${section.text}\n${body}` : body;
    }
  }
  return notes;
}

/** The latest notes of a session (snapshot plus stored updates), or undefined without notes. */
export async function readSessionNotes(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SessionNotes | undefined> {
  const document = await db
    .selectFrom('notes_documents')
    .select('snapshot')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (!document) return undefined;
  const updates = await db
    .selectFrom('notes_updates')
    .select('data')
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  const doc = new Y.Doc();
  try {
    if (document.snapshot) Y.applyUpdateV2(doc, document.snapshot);
    for (const update of updates) Y.applyUpdate(doc, update.data);
    return sessionNotesOf(doc);
  } finally {
    doc.destroy();
  }
}

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
