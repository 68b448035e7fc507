import type { Kysely } from 'kysely';
import type { CancelReason, Database } from '@ods/db';
import { formatSlotTime } from '../../core/matcher/amsterdam-time.ts';
import { transitionSession } from '../../domain/sessions/sessions.repository.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { sendInvitations } from './invitations.ts';
import { cancelSessionJobs } from './jobs.repository.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { cancellationMail } from './scheduling-mails.ts';
import { planQuorumCheck, planReminders } from './session-jobs.ts';
import { bumpSequence, loadSnapshot, type SessionSnapshot } from './session-snapshot.repository.ts';

/**
 * Cancels a session: state 'cancelled' with the reason, a higher SEQUENCE, METHOD:CANCEL with
 * the same UID to every participant, pending reminders and checks dropped. A session that is
 * cancelled already stays as it is (no mail, same SEQUENCE); returns whether it changed.
 */
export async function cancelSession(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  sessionId: string,
  reason: CancelReason,
  now: Date,
): Promise<boolean> {
  const { changed } = await transitionSession(db, sessionId, 'cancelled', now, reason);
  if (!changed) return false;
  await bumpSequence(db, sessionId, now);
  await closeProposals(db, sessionId);
  await cancelSessionJobs(db, sessionId, now);
  const session = (await loadSnapshot(db, sessionId))!;
  for (const to of session.participants)
    await enqueueMail(db, cancellationMail(ctx, session, to, 'session-cancelled', now), now);
  return true;
}

/**
 * "Waarom deze groep" ends with the time the matcher found; after a move it names the new one.
 * An explanation that does not end with the old time (written by hand) stays as it is.
 */
function explanationAt(
  before: { starts_at: string; explanation_nl: string; explanation_en: string },
  startsAt: string,
): { explanation_nl: string; explanation_en: string } {
  const old = formatSlotTime(Date.parse(before.starts_at));
  const next = formatSlotTime(Date.parse(startsAt));
  const retime = (text: string, from: string, to: string) =>
    text.endsWith(from) ? `${text.slice(0, text.length - from.length)}${to}` : text;
  return {
    explanation_nl: retime(before.explanation_nl, old.nl, next.nl),
    explanation_en: retime(before.explanation_en, old.en, next.en),
  };
}

/**
 * Moves a session to another time: new start and end, a higher SEQUENCE, state 'moved', an
 * update (METHOD:REQUEST, same UID) to everyone, reminders and the quorum check for the new
 * time. Replies start over unless everyone already agreed to this time. Participants named in
 * `newcomers` (substitutes added for the new time) get an invitation instead of an update,
 * so everyone's calendar lists the same attendees. A session already at that time stays
 * as it is (no mail, same SEQUENCE).
 */
export async function moveSession(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  sessionId: string,
  to: { startsAt: string; endsAt: string },
  everyoneAgreed: boolean,
  now: Date,
  newcomers: readonly string[] = [],
): Promise<SessionSnapshot> {
  const before = (await loadSnapshot(db, sessionId))!;
  if (before.startsAt === to.startsAt && before.endsAt === to.endsAt) return before;
  await transitionSession(db, sessionId, 'moved', now);
  await db
    .updateTable('sparring_sessions')
    .set({
      starts_at: to.startsAt,
      ends_at: to.endsAt,
      ...explanationAt(
        {
          starts_at: before.startsAt,
          explanation_nl: before.explanation.nl,
          explanation_en: before.explanation.en,
        },
        to.startsAt,
      ),
    })
    .where('id', '=', sessionId)
    .execute();
  await bumpSequence(db, sessionId, now);
  await db
    .updateTable('session_participants')
    .set({ reply: everyoneAgreed ? 'accepted' : 'needs-action', replied_at: now.toISOString() })
    .where('session_id', '=', sessionId)
    .where('removed_at', 'is', null)
    .execute();
  await closeProposals(db, sessionId);
  await cancelSessionJobs(db, sessionId, now);
  const session = (await loadSnapshot(db, sessionId))!;
  const isNew = (p: { userId: string }) => newcomers.includes(p.userId);
  const stayers = session.participants.filter((p) => !isNew(p));
  await sendInvitations(db, ctx, session, stayers, 'moved', now);
  await sendInvitations(db, ctx, session, session.participants.filter(isNew), 'substitute', now);
  await planReminders(
    db,
    session,
    session.participants.map((p) => p.userId),
    now,
  );
  await planQuorumCheck(db, session, 1, now);
  return session;
}

/** Open proposals of another time end when the session moves or is cancelled. */
async function closeProposals(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db
    .updateTable('time_proposals')
    .set({ state: 'superseded' })
    .where('session_id', '=', sessionId)
    .where('state', '=', 'open')
    .execute();
}

/**
 * Confirms a session once at least `minimum` participants accepted, and takes the
 * confirmation back when a decline brings it below. Returns the state it is in now.
 */
export async function syncQuorum(
  db: Kysely<Database>,
  sessionId: string,
  minimum: number,
  now: Date,
) {
  const session = (await loadSnapshot(db, sessionId))!;
  const accepted = session.participants.filter((p) => p.reply === 'accepted').length;
  if (accepted >= minimum && (session.state === 'invited' || session.state === 'moved'))
    return (await transitionSession(db, sessionId, 'confirmed', now)).state;
  if (accepted < minimum && session.state === 'confirmed')
    return (await transitionSession(db, sessionId, 'invited', now)).state;
  return session.state;
}
