import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { scanPieces, type PlacedFinding, type ReadablePiece } from '@ods/shared/guard';

/**
 * Where the personal-data guard finds something in the shared notes, as editor positions
 * (`from`, `to`). Each paragraph, heading or table cell is read as one text, as a person reads
 * it: a name half in bold or italics, or across two text nodes, is one name; a line break
 * (Shift+Enter) reads as one, so a number broken over it is still seen and checked.
 */
export function notesFindings(doc: ProseMirrorNode): PlacedFinding[] {
  const found: PlacedFinding[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const pieces: ReadablePiece[] = [];
    node.forEach((child, offset) => {
      const at = pos + 1 + offset;
      if (child.isText) pieces.push({ text: child.text ?? '', at });
      // A line break reads as one; any other inline node (an image, a mention) ends a word.
      else pieces.push({ text: child.type.name === 'hardBreak' ? '\n' : ' ', at });
    });
    found.push(...scanPieces(pieces));
    return false;
  });
  return found;
}

/** The text between two positions as the guard read it (line breaks as '\n'). */
export function readBetween(doc: ProseMirrorNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ' '));
}
