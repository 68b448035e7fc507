import { useEffect } from 'react';
import { methodPhases } from '@ods/shared/method/sparring-method';
import { caseOwnerTurnedAway } from '@ods/shared/method/sparring-method';
import type { PhaseState } from '@ods/shared/method/phase-state';

/** The DOM event the notes panel sends when the phase changes; the video room listens. */
export const NOTES_PHASE_EVENT = 'ods:notes-phase';

/** Detail of NOTES_PHASE_EVENT. */
export interface NotesPhaseEventDetail {
  sessionId: string;
  phaseId: string;
  /** "Turn away": the case owner only listens now (camera and microphone off). */
  caseOwnerListensOnly: boolean;
}

/**
 * Tells the rest of the page (the video room) which phase the group is in, as a window event,
 * so the room can offer the facilitator's one-click "turn away" without importing this feature.
 */
export function useTurnAwaySignal(sessionId: string, state: PhaseState): void {
  const phaseId = methodPhases(state.options)[state.current]?.id;
  const listensOnly = caseOwnerTurnedAway(state.options, phaseId);
  useEffect(() => {
    if (!phaseId) return;
    const detail: NotesPhaseEventDetail = { sessionId, phaseId, caseOwnerListensOnly: listensOnly };
    window.dispatchEvent(new CustomEvent(NOTES_PHASE_EVENT, { detail }));
  }, [sessionId, phaseId, listensOnly]);
}
