import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '@ods/db';
import {
  METHOD_LENGTHS,
  methodPhase,
  PHASE_IDS,
  type PhaseId,
} from '@ods/shared/method/sparring-method';
import { readStoredNotes, toYDoc } from './notes-store.ts';

// Reading a session's notes as plain data, for the notes feature (Markdown, look back) and for
// features that build on the notes (the summary draft) without importing the notes feature.

/** The Y.XmlFragment the editor (Tiptap's Collaboration extension) edits. */
export const NOTES_FRAGMENT = 'default';

type Node = Y.XmlElement | Y.XmlText;

interface DeltaPart {
  insert?: unknown;
}

/** The plain text of a node and its children (no formatting). */
export function plainText(node: Node): string {
  // A line break inside a paragraph (Shift+Enter) reads as one: 'Sanne belt' and 'morgen' on
  // two lines are not 'Sanne beltmorgen', and the guard reads a number broken over it as typed.
  if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') return '\n';
  if (node instanceof Y.XmlText)
    return (node.toDelta() as DeltaPart[])
      .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
      .join('');
  return node
    .toArray()
    .map((child) => plainText(child as Node))
    .join(node.nodeName === 'paragraph' ? '' : '\n')
    .trim();
}

/** Which phase a heading names, in Dutch or English, whatever the session length. */
export function phaseOfHeading(heading: string): PhaseId | undefined {
  const wanted = heading.trim().toLowerCase();
  return PHASE_IDS.find((id) =>
    METHOD_LENGTHS.some((length) => {
      const { title } = methodPhase(id, length);
      return title.nl.toLowerCase() === wanted || title.en.toLowerCase() === wanted;
    }),
  );
}

/** A row of the exchange table, as the summary uses it. */
export interface NotesTableRow {
  municipality: string;
  approach: string;
  tools: string;
  whatWorks: string;
}

/**
 * The notes as plain data, one section per heading (the phase id when the heading names a
 * phase) and the rows of the exchange table: the input of the summary draft.
 */
export function notesToSections(doc: Y.Doc): {
  sections: { phase: string; text: string }[];
  table: NotesTableRow[];
} {
  const sections: { phase: string; text: string }[] = [];
  const table: NotesTableRow[] = [];
  for (const node of doc.getXmlFragment(NOTES_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'heading') {
      const heading = plainText(node);
      sections.push({ phase: phaseOfHeading(heading) ?? heading, text: '' });
    } else if (node.nodeName === 'table') {
      const rows = node.toArray().slice(1) as Y.XmlElement[];
      for (const row of rows) {
        const [municipality = '', approach = '', tools = '', whatWorks = ''] = row
          .toArray()
          .map((c) => plainText(c as Y.XmlElement));
        table.push({ municipality, approach, tools, whatWorks });
      }
    } else {
      const section = sections.at(-1) ?? sections[sections.push({ phase: '', text: '' }) - 1]!;
      const body = plainText(node);
      section.text = section.text ? `${section.text}\n${body}` : body;
    }
  }
  return { sections, table };
}

/** A session's notes as sections and table rows (the summary draft's input), if it has notes. */
export async function readSessionNotes(
  db: Kysely<Database>,
  sessionId: string,
): Promise<ReturnType<typeof notesToSections> | undefined> {
  const stored = await readStoredNotes(db, sessionId);
  if (!stored) return undefined;
  const doc = toYDoc(stored);
  try {
    return notesToSections(doc);
  } finally {
    doc.destroy();
  }
}
