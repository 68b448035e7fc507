import { getSchema } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { scanPieces, type PlacedFinding } from '@ods/shared/guard';
import { describe, expect, it } from 'vitest';
import { notesBlocks, readBetween } from './notes-findings.ts';

// The notes editor's own schema (notes-editor.tsx), so the document is the one people edit.
const schema = getSchema([StarterKit.configure({ undoRedo: false }), TableKit]);
const text = (value: string, marks: string[] = []) => ({
  type: 'text',
  text: value,
  marks: marks.map((type) => ({ type })),
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => schema.nodeFromJSON({ type: 'doc', content });
// The scan the guard's worker runs on what the page sends it (web/src/lib/guard/guard.worker.ts).
const notesFindings = (notes: ProseMirrorNode): PlacedFinding[] =>
  notesBlocks(notes).flatMap((pieces) => scanPieces(pieces));

describe('notesFindings', () => {
  it('sees a name split by bold and italics as the person reads it, and places it in the editor', () => {
    const notes = doc(
      paragraph(text('Eerst iets anders.')),
      paragraph(
        text('Gisteren sprak ik Jan '),
        text('de', ['bold']),
        text(' '),
        text('Vries', ['italic']),
        text(' op het spreekuur.'),
      ),
    );
    const found = notesFindings(notes);
    expect(found.map((f) => [f.kind, f.match])).toEqual([['person-name', 'Jan de Vries']]);
    const [name] = found;
    expect(readBetween(notes, name?.from ?? 0, name?.to ?? 0)).toBe('Jan de Vries');
  });

  it('reads a line break as one, so a phone number over it is found and a BSN over it is checked', () => {
    const notes = doc(
      paragraph(
        text('Bel 06 12'),
        { type: 'hardBreak' },
        text('34 56 78 of BSN 111 '),
        text('222', ['bold']),
        { type: 'hardBreak' },
        text('333; zaak 123 456'),
        { type: 'hardBreak' },
        text('789.'),
      ),
    );
    const found = notesFindings(notes);
    expect(found.map((f) => [f.kind, f.match])).toEqual([
      ['phone', '06 12\n34 56 78'],
      ['bsn', '111 222\n333'],
    ]);
    for (const f of found) expect(readBetween(notes, f.from, f.to)).toBe(f.match);
  });

  it('scans table cells each on their own', () => {
    const cell = (value: string) => ({ type: 'tableCell', content: [paragraph(text(value))] });
    const notes = doc({
      type: 'table',
      content: [{ type: 'tableRow', content: [cell('Utrecht'), cell('mevrouw Bakker belde')] }],
    });
    expect(notesFindings(notes).map((f) => f.match)).toEqual(['mevrouw Bakker']);
  });
});
