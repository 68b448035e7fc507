import { describe, expect, it } from 'vitest';
import { applyPhaseCommand, initialPhaseState, phaseClock, readPhaseState } from './phase-state.ts';
import { methodPhases } from './sparring-method.ts';

const at = (iso: string) => new Date(iso);

describe('the sparring method', () => {
  it('fills 60 and 90 minutes, with or without the look back', () => {
    for (const length of [60, 90] as const)
      for (const lookBack of [false, true]) {
        const phases = methodPhases({ length, lookBack, turnAway: false });
        expect(phases.reduce((sum, p) => sum + p.minutes, 0)).toBe(length);
        expect(phases[0]!.id).toBe(lookBack ? 'terugblik' : 'opening');
      }
  });
});

describe('the shared phase state', () => {
  it('counts down from when the facilitator started, and signals time up', () => {
    const started = applyPhaseCommand(
      initialPhaseState(),
      { action: 'start' },
      at('2026-11-24T09:00:00Z'),
    );
    expect(phaseClock(started, at('2026-11-24T09:02:00Z')).secondsLeft).toBe(180);
    const late = phaseClock(started, at('2026-11-24T09:06:00Z'));
    expect(late.timeIsUp).toBe(true);
    expect(late.next?.id).toBe('de-casus');
  });

  it('moves on and back within the phases, restarting the timer', () => {
    let state = initialPhaseState();
    state = applyPhaseCommand(state, { action: 'previous' }, at('2026-11-24T09:00:00Z'));
    expect(state.current).toBe(0);
    for (let i = 0; i < 10; i += 1)
      state = applyPhaseCommand(state, { action: 'next' }, at('2026-11-24T09:10:00Z'));
    expect(state.current).toBe(5);
    expect(state.startedAt).toBe('2026-11-24T09:10:00.000Z');
  });

  it('keeps the current phase when the facilitator changes the plan', () => {
    const state = { ...initialPhaseState(), current: 2 };
    const changed = applyPhaseCommand(
      state,
      { action: 'configure', options: { length: 90, turnAway: true, lookBack: true } },
      at('2026-11-24T09:00:00Z'),
    );
    expect(phaseClock(changed, at('2026-11-24T09:00:00Z')).phase.id).toBe('verhelderende-vragen');
  });

  it('reads odd stored values as the defaults', () => {
    expect(readPhaseState({ length: 45, current: 99, startedAt: 'gisteren' })).toEqual({
      options: { length: 60, turnAway: false, lookBack: false },
      current: 5,
      startedAt: null,
    });
  });
});
