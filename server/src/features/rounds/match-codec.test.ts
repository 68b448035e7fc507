import { describe, expect, it } from 'vitest';
import { CHUNK_ITEMS, decodeChunk, sendChunksInTurns } from './match-codec.ts';

const items = Array.from({ length: CHUNK_ITEMS * 3 + 7 }, (_, i) => ({
  id: `p${i}`,
  score: i % 2 === 0 ? -0 : 0.1 + i / 3,
  when: i % 3 === 0 ? undefined : null,
  list: [i, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE],
}));

describe('match codec (pool and result across the worker boundary)', () => {
  it('gives back exactly what went in, -0 and every double included', async () => {
    const chunks: Uint8Array[] = [];
    await sendChunksInTurns(items, (chunk) => chunks.push(chunk));
    expect(chunks).toHaveLength(4);
    const back = chunks.flatMap((chunk) => decodeChunk<(typeof items)[number]>(chunk));
    expect(back).toStrictEqual(items);
    expect(Object.is(back[0]!.score, -0)).toBe(true);
  });

  it('hands each chunk over at once and lets other work run between chunks', async () => {
    const order: string[] = [];
    // Queued before the encoding starts: it runs before the second chunk only if the
    // encoding gives up its turn after the first.
    setImmediate(() => order.push('other work'));
    await sendChunksInTurns(items, () => order.push('chunk'));
    expect(order.slice(0, 3)).toEqual(['chunk', 'other work', 'chunk']);
  });
});
