import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanPersonalData } from '@ods/shared/guard/index';
import { notesSnapshot, type NotesParagraph } from '../../features/summaries/summaries.fixtures.ts';
import { notesToSections } from './notes-sections.ts';

function sectionsOf(...paragraphs: NotesParagraph[]) {
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, notesSnapshot(paragraphs));
  try {
    return notesToSections(doc);
  } finally {
    doc.destroy();
  }
}

describe('notesToSections: the summary draft reads the notes as a person does', () => {
  it('joins a name split by bold and italics, and reads a line break as one', () => {
    const { sections } = sectionsOf(
      ['Ik sprak Jan ', { text: 'de', marks: ['bold'] }, ' ', { text: 'Vries', marks: ['italic'] }],
      [
        'Sanne belt',
        { lineBreak: true },
        'morgen terug op 06 12',
        { lineBreak: true },
        '34 56 78.',
      ],
    );
    const text = sections.at(-1)?.text ?? '';
    expect(text).toContain('Ik sprak Jan de Vries\nSanne belt\nmorgen terug op 06 12\n34 56 78.');
    expect(scanPersonalData(text).map((f) => [f.kind, f.match])).toEqual([
      ['person-name', 'Jan de Vries'],
      ['person-name', 'Sanne'],
      ['phone', '06 12\n34 56 78'],
    ]);
  });
});
