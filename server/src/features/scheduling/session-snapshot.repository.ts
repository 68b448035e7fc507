import type { Kysely } from 'kysely';
import type {
  Database,
  ParticipantReply,
  ParticipantRole,
  SessionState,
  CancelReason,
} from '@ods/db';
import type { Language } from '@ods/shared';
import type { Localised } from '../../lib/language.ts';

export interface SnapshotParticipant {
  userId: string;
  name: string;
  email: string;
  language: Language;
  role: ParticipantRole;
  reply: ParticipantReply;
  wantsReminders: boolean;
}

/** Everything mails and calendar entries say about a session, read in one place. */
export interface SessionSnapshot {
  id: string;
  state: SessionState;
  cancelReason: CancelReason | null;
  startsAt: string;
  endsAt: string;
  sequence: number;
  topicSlug: string;
  topic: Localised;
  explanation: Localised;
  /** The fictional case, only once it passed the personal-data guard (ready or used). */
  case: { title: string; question: string } | null;
  /** Current participants (not removed), by name. */
  participants: SnapshotParticipant[];
}

/** The session as it is now (inside the caller's transaction), or undefined. */
export async function loadSnapshot(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SessionSnapshot | undefined> {
  const session = await db
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .selectAll('sparring_sessions')
    .select(['topics.name_nl', 'topics.name_en'])
    .where('sparring_sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!session) return undefined;
  const people = await participantsOf(db, sessionId, false);
  return {
    id: session.id,
    state: session.state,
    cancelReason: session.cancel_reason,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    sequence: session.sequence,
    topicSlug: session.topic_slug,
    topic: { nl: session.name_nl, en: session.name_en },
    explanation: { nl: session.explanation_nl, en: session.explanation_en },
    case: session.case_id ? await readyCase(db, session.case_id) : null,
    participants: people,
  };
}

/** Participants of a session with what mails need; removed ones only when asked. */
export async function participantsOf(
  db: Kysely<Database>,
  sessionId: string,
  includeRemoved: boolean,
): Promise<SnapshotParticipant[]> {
  let query = db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .select([
      'session_participants.user_id',
      'session_participants.role',
      'session_participants.reply',
      'users.name',
      'users.email',
      'users.language',
      'users.mail_reminders',
    ])
    .where('session_participants.session_id', '=', sessionId);
  if (!includeRemoved) query = query.where('session_participants.removed_at', 'is', null);
  const rows = await query.orderBy('users.name').orderBy('users.id').execute();
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    language: r.language,
    role: r.role,
    reply: r.reply,
    wantsReminders: r.mail_reminders === 1,
  }));
}

// Seam for the cases feature: only a case that passed the guard (ready, or used by this session)
// is described in mails; drafts and archived cases never are.
async function readyCase(db: Kysely<Database>, caseId: string) {
  const row = await db
    .selectFrom('cases')
    .select(['title', 'question', 'state'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row || (row.state !== 'ready' && row.state !== 'used')) return null;
  return { title: row.title, question: row.question };
}

/** Raises the calendar SEQUENCE (every change of time, attendees or cancellation) and returns it. */
export async function bumpSequence(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<number> {
  const row = await db
    .updateTable('sparring_sessions')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', sessionId)
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return row.sequence;
}
