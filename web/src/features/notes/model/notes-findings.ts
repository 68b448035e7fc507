import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
// Types only: a value import would bring the guard's name lists (175 kB brotli, evaluated on the
// main thread) into the notes editor's chunk, while the page scans in the guard's worker.
import type { ReadablePiece } from '@ods/shared/guard';

/**
 * The shared notes as the guard reads them: one list of pieces per paragraph, heading or table
 * cell, with each piece's editor position. A name half in bold or italics, or across two text
 * nodes, is one name; a line break (Shift+Enter) reads as one, so a number broken over it is
 * still seen and checked. Plain data, so the page can send it to the guard's worker.
 */
export function notesBlocks(doc: ProseMirrorNode): ReadablePiece[][] {
  const blocks: ReadablePiece[][] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const pieces: ReadablePiece[] = [];
    node.forEach((child, offset) => {
      const at = pos + 1 + offset;
      if (child.isText) pieces.push({ text: child.text ?? '', at });
      // A line break reads as one; any other inline node (an image, a mention) ends a word.
      else pieces.push({ text: child.type.name === 'hardBreak' ? '\n' : ' ', at });
    });
    blocks.push(pieces);
    return false;
  });
  return blocks;
}

/** The text between two positions as the guard read it (line breaks as '\n'). */
export function readBetween(doc: ProseMirrorNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ' '));
}
