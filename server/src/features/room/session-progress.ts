import type { Kysely } from 'kysely';
import type { Database, SessionState } from '@ods/db';
import { canTransition } from '../../domain/sessions/session-states.ts';
import { transitionSession } from '../../domain/sessions/sessions.repository.ts';
import { InvalidTransition } from '../../errors.ts';

/**
 * Moves a session on (to live when someone joins, to held when the room finishes) when the
 * state machine allows it, and otherwise leaves it as it is: the room follows the session's
 * life, it never forces it. A concurrent change that won the race is fine too.
 */
export async function progressSession(
  db: Kysely<Database>,
  session: { id: string; state: SessionState },
  to: 'live' | 'held',
  now: Date,
): Promise<void> {
  if (session.state === to || !canTransition(session.state, to)) return;
  try {
    await transitionSession(db, session.id, to, now);
  } catch (error) {
    if (!(error instanceof InvalidTransition)) throw error;
  }
}
