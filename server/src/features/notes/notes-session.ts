import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { MethodOptions } from '@ods/shared/method/sparring-method';
import { notesToSections } from '../../domain/notes/notes-sections.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';
import type { TemplateInput } from './notes-template.ts';

/**
 * The earlier session of the same group, if any: the latest one before this that was not
 * cancelled and shares at least two people and at least half of this session's participants.
 */
export async function previousSessionOfGroup(
  db: Kysely<Database>,
  sessionId: string,
  startsAt: string,
  participantIds: string[],
): Promise<string | undefined> {
  if (participantIds.length < 2) return undefined;
  const needed = Math.max(2, Math.ceil(participantIds.length / 2));
  const row = await db
    .selectFrom('session_participants')
    .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
    .select(['sparring_sessions.id', 'sparring_sessions.starts_at'])
    .select((eb) => eb.fn.countAll<number>().as('shared'))
    .where('session_participants.user_id', 'in', participantIds)
    .where('session_participants.removed_at', 'is', null)
    .where('sparring_sessions.id', '!=', sessionId)
    .where('sparring_sessions.starts_at', '<', startsAt)
    .where('sparring_sessions.state', 'not in', ['proposed', 'cancelled'])
    .groupBy(['sparring_sessions.id', 'sparring_sessions.starts_at'])
    .having((eb) => eb.fn.countAll(), '>=', needed)
    .orderBy('sparring_sessions.starts_at', 'desc')
    .executeTakeFirst();
  return row?.id;
}

/** The advice written in a session's notes, one line each. */
async function adviceOf(db: Kysely<Database>, sessionId: string): Promise<string[]> {
  const stored = await readStoredNotes(db, sessionId);
  if (!stored) return [];
  const doc = toYDoc(stored);
  const { sections } = notesToSections(doc);
  doc.destroy();
  return sections
    .filter((s) => s.phase === 'adviezen-en-inzichten')
    .flatMap((s) => s.text.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 20);
}

/** What the notes template of a session is made of, read from the database. */
export async function loadTemplateInput(
  db: Kysely<Database>,
  sessionId: string,
): Promise<TemplateInput> {
  const session = await db
    .selectFrom('sparring_sessions')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const participants = await db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select(['session_participants.user_id', 'municipalities.name as municipality'])
    .where('session_participants.session_id', '=', sessionId)
    .where('session_participants.removed_at', 'is', null)
    .orderBy('municipalities.name')
    .execute();
  const minutes = (Date.parse(session.ends_at) - Date.parse(session.starts_at)) / 60_000;
  const previous = await previousSessionOfGroup(
    db,
    sessionId,
    session.starts_at,
    participants.map((p) => p.user_id),
  );
  const options: MethodOptions = {
    length: minutes >= 85 ? 90 : 60,
    turnAway: false,
    lookBack: previous !== undefined,
  };
  return {
    options,
    municipalities: [...new Set(participants.map((p) => p.municipality ?? '').filter(Boolean))],
    previousAdvice: previous ? await adviceOf(db, previous) : [],
  };
}
