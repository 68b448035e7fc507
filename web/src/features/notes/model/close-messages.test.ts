import { describe, expect, it } from 'vitest';
import { NOTES_CLOSE_CODES } from '@ods/shared/notes/close-codes';
import { closeOutcome, pauseBeforeReconnect, personColour } from './close-messages.ts';

describe('closed notes connections', () => {
  it('stops reconnecting when trying again cannot help, and keeps trying otherwise', () => {
    expect(closeOutcome(NOTES_CLOSE_CODES.notParticipant)).toEqual({
      reason: 'notParticipant',
      action: 'stop',
    });
    expect(closeOutcome(NOTES_CLOSE_CODES.locked)?.action).toBe('reconnect');
    expect(closeOutcome(NOTES_CLOSE_CODES.storageFailed)?.action).toBe('reconnect');
    expect(closeOutcome(1006)).toBeUndefined();
  });

  it('never sends a refused edit again: it starts over from what is stored', () => {
    // The socket's own limit (1 MiB) and ours (512 kB) alike.
    expect(closeOutcome(1009)).toEqual({ reason: 'messageTooLarge', action: 'restart' });
    expect(closeOutcome(NOTES_CLOSE_CODES.messageTooLarge)?.action).toBe('restart');
    expect(closeOutcome(NOTES_CLOSE_CODES.documentTooLarge)?.action).toBe('restart');
  });

  it("waits longer than the server's cooldown after sending too much, longer each time", () => {
    expect(closeOutcome(NOTES_CLOSE_CODES.tooManyMessages)).toEqual({
      reason: 'tooManyMessages',
      action: 'pause',
    });
    expect(pauseBeforeReconnect(0)).toBeGreaterThan(20_000);
    expect(pauseBeforeReconnect(1)).toBeGreaterThan(pauseBeforeReconnect(0));
    expect(pauseBeforeReconnect(10)).toBe(5 * 60_000);
  });

  it('gives each person the same colour every time', () => {
    expect(personColour('a-user')).toBe(personColour('a-user'));
    expect(personColour('a-user')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
