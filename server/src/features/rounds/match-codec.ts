import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';

/**
 * Items per chunk: small enough that encoding or decoding one chunk of pool people or groups
 * takes a few milliseconds, so the main thread answers other requests between chunks.
 */
export const CHUNK_ITEMS = 500;

/**
 * One chunk as bytes in a buffer of its own (so it can be transferred, not copied). V8's
 * serializer is the structured clone itself: every double, -0 and undefined come back as
 * they went in, so a match in the worker equals one in this thread.
 */
export function encodeChunk(items: readonly unknown[]): Uint8Array {
  return new Uint8Array(serialize(items));
}

/**
 * Encodes a list in chunks and hands each to `send` at once, giving the event loop a turn
 * after each one (main thread): the other thread decodes a chunk while this one encodes the
 * next, instead of waiting for the whole list.
 */
export async function sendChunksInTurns(
  items: readonly unknown[],
  send: (chunk: Uint8Array) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK_ITEMS) {
    send(encodeChunk(items.slice(i, i + CHUNK_ITEMS)));
    await nextTurn();
  }
}

/** Decodes one chunk made by encodeChunk. */
export function decodeChunk<T>(chunk: Uint8Array): T[] {
  return deserialize(chunk) as T[];
}
