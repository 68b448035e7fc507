import { describe, expect, it } from 'vitest';
import { createEncoder, toUint8Array, writeVarString, writeVarUint } from 'lib0/encoding';
import { NOTES_LIMITS } from '@ods/shared';
import { ConnectionBudget, isAwarenessMessage } from './notes-budget.ts';

const EDIT = 0; // Hocuspocus "Sync" (an update inside)
const AWARENESS = 1;

/** A Hocuspocus message of a type, `size` bytes long in all. */
function message(type: number, size = 30): Uint8Array {
  const encoder = createEncoder();
  writeVarString(encoder, 'a-session-id');
  writeVarUint(encoder, type);
  const head = toUint8Array(encoder);
  const bytes = new Uint8Array(Math.max(size, head.byteLength));
  bytes.set(head);
  return bytes;
}

/** Sends `count` messages evenly over `seconds` from `start` ms; the number refused. */
function send(
  budget: ConnectionBudget,
  start: number,
  seconds: number,
  count: number,
  make: () => Uint8Array,
): number {
  let refused = 0;
  for (let i = 0; i < count; i += 1)
    if (!budget.allows(make(), start + (i * seconds * 1000) / count)) refused += 1;
  return refused;
}

describe('the message budget of a notes connection', () => {
  it('tells presence from content', () => {
    expect(isAwarenessMessage(message(AWARENESS))).toBe(true);
    expect(isAwarenessMessage(message(EDIT))).toBe(false);
    expect(isAwarenessMessage(new Uint8Array([200]))).toBe(false);
  });

  it('never stops a person: an hour of fast typing, held-down keys, long pastes and reconnects', () => {
    const budget = new ConnectionBudget(0);
    let t = 0;
    let refused = 0;
    // The reconnect sync: the whole document at its limit, in messages of the largest size.
    for (let sent = 0; sent < NOTES_LIMITS.documentBytes; sent += NOTES_LIMITS.messageBytes)
      if (!budget.allows(message(EDIT, NOTES_LIMITS.messageBytes), t)) refused += 1;
    for (let minute = 0; minute < 60; minute += 1) {
      // 15 keystrokes a second for 40 s, each an edit and a cursor move.
      refused += send(budget, t, 40, 600, () => message(EDIT, 40));
      refused += send(budget, t, 40, 600, () => message(AWARENESS, 120));
      t += 40_000;
      // A held-down key (backspace): 30 a second for 10 s.
      refused += send(budget, t, 10, 300, () => message(EDIT, 30));
      refused += send(budget, t, 10, 300, () => message(AWARENESS, 120));
      t += 10_000;
      // A long paste, and a second one right after it.
      refused += send(budget, t, 1, 2, () => message(EDIT, NOTES_LIMITS.messageBytes));
      t += 10_000;
    }
    expect(refused).toBe(0);
  });

  it('stops a flood of tiny edits, and one of presence messages, within the first second', () => {
    const edits = new ConnectionBudget(0);
    const firstRefused = (
      budget: ConnectionBudget,
      count: number,
      seconds: number,
      type: number,
    ) => {
      for (let i = 0; i < count; i += 1)
        if (!budget.allows(message(type, 20), (i * seconds * 1000) / count)) return i;
      return -1;
    };
    const editIndex = firstRefused(edits, 20_000, 2, EDIT);
    expect(editIndex).toBeGreaterThan(0);
    expect(editIndex).toBeLessThan(1000);
    const awareness = new ConnectionBudget(0);
    const awarenessIndex = firstRefused(awareness, 10_000, 0.5, AWARENESS);
    expect(awarenessIndex).toBeGreaterThan(0);
    expect(awarenessIndex).toBeLessThan(1000);
  });

  it('stops a stream of large messages that stays under the count', () => {
    const budget = new ConnectionBudget(0);
    // Two maximal messages a second: 1 MiB/s, far above what anyone pastes.
    expect(send(budget, 0, 30, 60, () => message(EDIT, NOTES_LIMITS.messageBytes))).toBeGreaterThan(
      0,
    );
  });
});
