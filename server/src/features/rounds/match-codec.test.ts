import { describe, expect, it } from 'vitest';
import {
  CHUNK_ITEMS,
  decodeChunks,
  decodeChunksInTurns,
  encodeChunks,
  encodeChunksInTurns,
} from './match-codec.ts';

const items = Array.from({ length: CHUNK_ITEMS * 3 + 7 }, (_, i) => ({
  id: `p${i}`,
  score: i % 2 === 0 ? -0 : 0.1 + i / 3,
  when: i % 3 === 0 ? undefined : null,
  list: [i, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE],
}));

describe('match codec (pool and result across the worker boundary)', () => {
  it('gives back exactly what went in, -0 and every double included', async () => {
    const chunks = await encodeChunksInTurns(items);
    expect(chunks).toHaveLength(4);
    const back = decodeChunks<(typeof items)[number]>(chunks);
    expect(back).toStrictEqual(items);
    expect(Object.is(back[0]!.score, -0)).toBe(true);
    expect(await decodeChunksInTurns(encodeChunks(items))).toStrictEqual(items);
  });

  it('lets other work run between chunks on the main thread', async () => {
    const order: string[] = [];
    // Queued before the encoding starts: it runs first only if the encoding gives up its turn.
    setImmediate(() => order.push('other work'));
    await encodeChunksInTurns(items).then(() => order.push('encoded'));
    setImmediate(() => order.push('other work'));
    await decodeChunksInTurns(encodeChunks(items)).then(() => order.push('decoded'));
    expect(order).toEqual(['other work', 'encoded', 'other work', 'decoded']);
  });
});
