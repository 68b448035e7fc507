import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { scanPieces, type PlacedFinding, type ReadablePiece } from '@ods/shared/guard';

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

/**
 * Where the personal-data guard finds something in the shared notes, as editor positions
 * (`from`, `to`). The page runs the same scan of `notesBlocks` in the guard's worker
 * (web/src/lib/guard); this is the scan in one call, for tests and tools.
 */
export function notesFindings(doc: ProseMirrorNode): PlacedFinding[] {
  return notesBlocks(doc).flatMap((pieces) => scanPieces(pieces));
}

/** The text between two positions as the guard read it (line breaks as '\n'). */
export function readBetween(doc: ProseMirrorNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ' '));
}
