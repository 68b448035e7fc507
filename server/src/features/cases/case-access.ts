import type { Kysely } from 'kysely';
import type { CaseRow, Database } from '@ods/db';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { NotFound } from '../../errors.ts';
import { findCase, sessionsUsingCase } from './cases.repository.ts';

/**
 * Who may read a case: its owner, and once it is used in a session, that session's
 * participants. The routes answer 404 to everyone else, so a case's existence stays hidden.
 */
export async function canReadCase(
  db: Kysely<Database>,
  row: Pick<CaseRow, 'id' | 'owner_id'>,
  userId: string,
): Promise<boolean> {
  if (row.owner_id === userId) return true;
  for (const sessionId of await sessionsUsingCase(db, row.id)) {
    if (await isParticipant(db, sessionId, userId)) return true;
  }
  return false;
}

/** The case when the user owns it; NotFound otherwise, exactly as for a case that does not exist. */
export async function requireOwnCase(db: Kysely<Database>, caseId: string, userId: string) {
  const row = await findCase(db, caseId);
  if (!row || row.owner_id !== userId) throw new NotFound();
  return row;
}
