import { describe, expect, it } from 'vitest';
import { amsterdamMoment, roomPhase, roomWindow } from './room-window.ts';

const settings = { opensMinutesBefore: 15, closesMinutesAfter: 30 };
const window = roomWindow('2026-12-01T13:00:00.000Z', '2026-12-01T14:00:00.000Z', settings);
const at = (time: string) => new Date(`2026-12-01T${time}:00.000Z`);

describe('the room window', () => {
  it('opens 15 minutes before the start and closes 30 minutes after the end', () => {
    expect(roomPhase('confirmed', window, at('12:44'))).toBe('not-yet-open');
    expect(roomPhase('confirmed', window, at('12:45'))).toBe('open');
    expect(roomPhase('live', window, at('14:29'))).toBe('open');
    expect(roomPhase('live', window, at('14:30'))).toBe('closed');
  });

  it('lets a group back into a held session until the window closes', () => {
    expect(roomPhase('held', window, at('14:10'))).toBe('open');
  });

  it('never opens for a cancelled session, nor for one without a fixed time', () => {
    expect(roomPhase('cancelled', window, at('13:30'))).toBe('cancelled');
    expect(roomPhase('moved', window, at('13:30'))).toBe('not-yet-open');
    expect(roomPhase('proposed', window, at('13:30'))).toBe('not-yet-open');
  });

  it('names moments in Amsterdam time, also across the change to summer time', () => {
    expect(amsterdamMoment(window.opensAt, 'nl')).toBe('dinsdag 1 december om 13:45');
    expect(amsterdamMoment(new Date('2027-04-01T08:00:00Z'), 'en')).toBe(
      'Thursday 1 April at 10:00',
    );
  });
});
