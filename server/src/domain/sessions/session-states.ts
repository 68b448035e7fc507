import type { SessionState } from '@ods/db';

/**
 * The one state machine of a sparring session. proposed → invited → confirmed (quorum) →
 * live → held; a session can be moved (new time, back to invited once the invitations are
 * updated) or cancelled (with a reason). Every state change goes through `canTransition`.
 */
const TRANSITIONS: Record<SessionState, readonly SessionState[]> = {
  proposed: ['invited', 'cancelled'],
  invited: ['confirmed', 'moved', 'cancelled', 'live'],
  confirmed: ['invited', 'moved', 'cancelled', 'live'],
  moved: ['invited', 'confirmed', 'cancelled'],
  live: ['held'],
  held: [],
  cancelled: [],
};

export const FINAL_STATES: readonly SessionState[] = ['held', 'cancelled'];

/** Whether a session in state `from` may go to `to`. */
export function canTransition(from: SessionState, to: SessionState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states a session can go to next (for the UI and for error messages). */
export function nextStates(from: SessionState): readonly SessionState[] {
  return TRANSITIONS[from];
}
