import type { Kysely } from 'kysely';
import type { CancelReason, Database, SessionState } from '@ods/db';
import { InvalidTransition } from '../../errors.ts';
import { canTransition } from './session-states.ts';

/** Where a transition left the session, and whether it changed anything. */
export interface Transition {
  state: SessionState;
  /**
   * False when the session was already in that state: callers then skip every side effect
   * (mail, SEQUENCE), so a retried or double-clicked request does nothing twice.
   */
  changed: boolean;
}

/**
 * Moves a session to another state if the state machine allows it, atomically: the update
 * only applies while the session is still in the state it was read in. A transition to the
 * state it is already in is a no-op that reports so.
 */
export async function transitionSession(
  db: Kysely<Database>,
  sessionId: string,
  to: SessionState,
  now: Date,
  cancelReason: CancelReason | null = null,
): Promise<Transition> {
  const session = await db
    .selectFrom('sparring_sessions')
    .select('state')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  if (session.state === to) return { state: to, changed: false };
  if (!canTransition(session.state, to)) throw new InvalidTransition();
  const result = await db
    .updateTable('sparring_sessions')
    .set({
      state: to,
      cancel_reason: to === 'cancelled' ? cancelReason : null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', sessionId)
    .where('state', '=', session.state)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new InvalidTransition();
  return { state: to, changed: true };
}

/** Whether the user is a (not removed) participant of the session. */
export async function isParticipant(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('session_participants')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
