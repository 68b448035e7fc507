import { describe, expect, it } from 'vitest';
import { canTransition, nextStates } from './session-states.ts';

describe('session state machine', () => {
  it('follows the happy path proposed → invited → confirmed → live → held', () => {
    expect(canTransition('proposed', 'invited')).toBe(true);
    expect(canTransition('invited', 'confirmed')).toBe(true);
    expect(canTransition('confirmed', 'live')).toBe(true);
    expect(canTransition('live', 'held')).toBe(true);
  });

  it('never leaves a final state', () => {
    expect(nextStates('held')).toEqual([]);
    expect(nextStates('cancelled')).toEqual([]);
  });

  it('does not skip the invitation or go back from live', () => {
    expect(canTransition('proposed', 'confirmed')).toBe(false);
    expect(canTransition('live', 'cancelled')).toBe(false);
    expect(canTransition('held', 'live')).toBe(false);
  });

  it('lets a moved session be invited again or cancelled', () => {
    expect(canTransition('moved', 'invited')).toBe(true);
    expect(canTransition('moved', 'cancelled')).toBe(true);
  });
});
