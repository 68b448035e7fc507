import { describe, expect, it } from 'vitest';
import { packBatch, unpackBatch } from './notes-log-thread.ts';

describe('a batch of notes updates on its way to the log worker', () => {
  it('arrives with every update, its document and its bytes, in order', () => {
    const items = [
      { sessionId: 'a', data: new Uint8Array([1, 2, 3]) },
      { sessionId: 'b', data: new Uint8Array([4]) },
      { sessionId: 'a', data: new Uint8Array([]) },
      { sessionId: 'a', data: new Uint8Array([5, 6]).subarray(1) },
    ];
    const packed = packBatch(items);
    expect(packed.documents).toEqual(['a', 'b']);
    expect(packed.bytes.byteLength).toBe(5);
    expect(unpackBatch(packed).map((item) => [item.sessionId, [...item.data]])).toEqual([
      ['a', [1, 2, 3]],
      ['b', [4]],
      ['a', []],
      ['a', [6]],
    ]);
  });
});
