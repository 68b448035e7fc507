import { describe, expect, it } from 'vitest';
import { NOTES_CLOSE_CODES } from '@ods/shared/api/notes';
import { closeOutcome, personColour } from './close-messages.ts';

describe('closed notes connections', () => {
  it('stops reconnecting when trying again cannot help, and keeps trying otherwise', () => {
    expect(closeOutcome(NOTES_CLOSE_CODES.notParticipant)).toEqual({
      reason: 'notParticipant',
      permanent: true,
    });
    expect(closeOutcome(1009)).toEqual({ reason: 'messageTooLarge', permanent: true });
    expect(closeOutcome(NOTES_CLOSE_CODES.locked)?.permanent).toBe(false);
    expect(closeOutcome(NOTES_CLOSE_CODES.storageFailed)?.permanent).toBe(false);
    expect(closeOutcome(1006)).toBeUndefined();
  });

  it('gives each person the same colour every time', () => {
    expect(personColour('a-user')).toBe(personColour('a-user'));
    expect(personColour('a-user')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
