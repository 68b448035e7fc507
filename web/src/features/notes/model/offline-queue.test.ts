import { describe, expect, it } from 'vitest';
import { dropQueuedEdits, isEditMessage } from './offline-queue.ts';

// A Hocuspocus message: the document name (length-prefixed), its type, then its content.
const message = (...rest: number[]) => new Uint8Array([3, 0x61, 0x62, 0x63, ...rest]);
const edit = message(0, 2, 1, 9); // Sync, update
const syncStep1 = message(0, 0, 1, 0); // Sync, step 1
const awareness = message(1, 5);

describe("the provider's queue of messages written offline", () => {
  it('drops the edits, which the sync after reconnecting carries anyway, and keeps the rest', () => {
    expect(isEditMessage(edit)).toBe(true);
    expect([syncStep1, awareness, 'text', new Uint8Array([0x80])].some(isEditMessage)).toBe(false);
    const provider = { messageQueue: [syncStep1, edit, awareness, edit] };
    dropQueuedEdits(provider);
    expect(provider.messageQueue).toEqual([syncStep1, awareness]);
  });

  it('does nothing to a provider without such a queue', () => {
    const provider = { other: 1 };
    dropQueuedEdits(provider);
    expect(provider).toEqual({ other: 1 });
  });
});
