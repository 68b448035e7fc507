import {
  DEFAULT_METHOD_OPTIONS,
  METHOD_LENGTHS,
  methodPhases,
  type MethodOptions,
  type MethodPhase,
} from './sparring-method.ts';

/**
 * Where a session stands in the method. Kept in the notes document (a Y.Map named
 * PHASE_MAP_NAME), so everyone sees the same phase and countdown.
 */
export interface PhaseState {
  options: MethodOptions;
  /** Index into methodPhases(options). */
  current: number;
  /** When the current phase began (ISO, server time); null before the facilitator starts. */
  startedAt: string | null;
}

/** The name of the Y.Map in the notes document that holds the PhaseState. */
export const PHASE_MAP_NAME = 'method';

/** What a facilitator can do with the phases (sent to the server, which applies it). */
export type PhaseCommand =
  | { action: 'start' }
  | { action: 'next' }
  | { action: 'previous' }
  | { action: 'configure'; options: MethodOptions };

/** The state before anyone started: the first phase, the timer not running. */
export function initialPhaseState(options: MethodOptions = DEFAULT_METHOD_OPTIONS): PhaseState {
  return { options, current: 0, startedAt: null };
}

/**
 * Reads a PhaseState from the plain values of the Y.Map, tolerating missing or odd values (an
 * older document, a hand-edited one): anything unknown falls back to the default.
 */
export function readPhaseState(raw: Record<string, unknown>): PhaseState {
  const length = METHOD_LENGTHS.find((l) => l === raw.length) ?? DEFAULT_METHOD_OPTIONS.length;
  const options: MethodOptions = {
    length,
    turnAway: raw.turnAway === true,
    lookBack: raw.lookBack === true,
  };
  const count = methodPhases(options).length;
  const current =
    typeof raw.current === 'number' && Number.isInteger(raw.current)
      ? Math.min(Math.max(raw.current, 0), count - 1)
      : 0;
  const startedAt =
    typeof raw.startedAt === 'string' && !Number.isNaN(Date.parse(raw.startedAt))
      ? raw.startedAt
      : null;
  return { options, current, startedAt };
}

/** The Y.Map entries for a state: flat, so each key merges on its own. */
export function phaseStateEntries(
  state: PhaseState,
): Record<string, string | number | boolean | null> {
  return {
    length: state.options.length,
    turnAway: state.options.turnAway,
    lookBack: state.options.lookBack,
    current: state.current,
    startedAt: state.startedAt,
  };
}

/** The state after a facilitator's command, at server time `now`. */
export function applyPhaseCommand(state: PhaseState, command: PhaseCommand, now: Date): PhaseState {
  const count = methodPhases(state.options).length;
  switch (command.action) {
    case 'start':
      return { ...state, startedAt: now.toISOString() };
    case 'next':
      if (state.current >= count - 1) return state;
      return { ...state, current: state.current + 1, startedAt: now.toISOString() };
    case 'previous':
      if (state.current <= 0) return state;
      return { ...state, current: state.current - 1, startedAt: now.toISOString() };
    case 'configure': {
      const before = methodPhases(state.options)[state.current]?.id;
      const phases = methodPhases(command.options);
      const same = phases.findIndex((p) => p.id === before);
      return { ...state, options: command.options, current: same === -1 ? 0 : same };
    }
  }
}

/** What the guide shows at a moment: this phase, the next one, and the time left. */
export interface PhaseClock {
  phase: MethodPhase;
  next: MethodPhase | undefined;
  phases: MethodPhase[];
  /** Seconds left in this phase; negative once over time; null while not started. */
  secondsLeft: number | null;
  timeIsUp: boolean;
}

/** Reads the clock of a state at a moment (pure: the moment is a parameter). */
export function phaseClock(state: PhaseState, now: Date): PhaseClock {
  const phases = methodPhases(state.options);
  const phase = phases[state.current] ?? phases[0]!;
  const secondsLeft =
    state.startedAt === null
      ? null
      : Math.round(phase.minutes * 60 - (now.getTime() - Date.parse(state.startedAt)) / 1000);
  return {
    phase,
    next: phases[state.current + 1],
    phases,
    secondsLeft,
    timeIsUp: secondsLeft !== null && secondsLeft <= 0,
  };
}
