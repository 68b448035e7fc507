import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { NotFound, SummaryNotYet } from '../../errors.ts';

/** What a summary needs to know about its session. */
export interface SummarySession {
  id: string;
  state: string;
  startsAt: string;
  endsAt: string;
  topic: { slug: string; name: { nl: string; en: string } };
  caseQuestion: string | null;
}

async function findSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SummarySession | undefined> {
  const row = await db
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .leftJoin('cases', 'cases.id', 'sparring_sessions.case_id')
    .select([
      'sparring_sessions.id',
      'sparring_sessions.state',
      'sparring_sessions.starts_at',
      'sparring_sessions.ends_at',
      'topics.slug',
      'topics.name_nl',
      'topics.name_en',
      'cases.question',
    ])
    .where('sparring_sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    state: row.state,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    topic: { slug: row.slug, name: { nl: row.name_nl, en: row.name_en } },
    caseQuestion: row.question,
  };
}

/**
 * The session of a summary for one of its participants. Anyone else learns nothing, not even
 * that the session exists (404); a participant before the session is held gets a 409.
 */
export async function requireSummarySession(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<SummarySession> {
  const session = await findSession(db, sessionId);
  if (!session || !(await isParticipant(db, sessionId, userId))) throw new NotFound();
  if (session.state !== 'held') throw new SummaryNotYet();
  return session;
}
