import { scanPersonalData } from './scan.ts';
import type { Finding, ScanOptions } from './types.ts';

/**
 * A piece of a formatted text as a person reads it: `text` is what they see, `at` the offset in
 * the source (an editor position, an offset into Markdown) of its first character. Consecutive
 * characters of one piece come from consecutive source offsets.
 */
export interface ReadablePiece {
  text: string;
  at: number;
}

/** A finding in the read text, with where it lies in the source: [from, to). */
export type PlacedFinding = Finding & { from: number; to: number };

/**
 * Scans a formatted text the way a person reads it: the pieces are joined first, so a name
 * split by formatting ('Jan <strong>de</strong> Vries', two text nodes, Markdown `**`) is one
 * name. Offsets `start`/`end` and `match` are those of the read text; `from`/`to` those of the
 * source, covering the formatting inside the match too.
 */
export function scanPieces(
  pieces: readonly ReadablePiece[],
  options: ScanOptions = {},
): PlacedFinding[] {
  const origin: number[] = [];
  let text = '';
  for (const piece of pieces) {
    text += piece.text;
    for (let i = 0; i < piece.text.length; i++) origin.push(piece.at + i);
  }
  return scanPersonalData(text, options).map((f) => ({
    ...f,
    from: origin[f.start] ?? 0,
    to: (origin[f.end - 1] ?? 0) + 1,
  }));
}
