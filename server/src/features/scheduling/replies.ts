import type { Kysely } from 'kysely';
import type { Database, ParticipantReply, SessionState } from '@ods/db';
import { NotParticipant, ReplyTooLate } from '../../errors.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { cancelSessionJobs } from './jobs.repository.ts';
import { inviteSubstitutes, moveOrCancel } from './refill.ts';
import { GROUP_MIN, type SchedulingContext } from './scheduling-context.ts';
import { cancellationMail } from './scheduling-mails.ts';
import { syncQuorum } from './session-changes.ts';
import { bumpSequence, loadSnapshot, participantsOf } from './session-snapshot.repository.ts';

export interface ReplyInput {
  sessionId: string;
  userId: string;
  reply: 'accepted' | 'declined';
  reason?: string | undefined;
  betterMoment?: string | undefined;
}

export interface ReplyOutcome {
  reply: ParticipantReply;
  state: SessionState;
}

const OPEN_STATES: readonly SessionState[] = ['invited', 'confirmed', 'moved'];

/**
 * Stores a participant's answer, in the caller's transaction. An accept may confirm the
 * session (quorum). A decline takes the person out (they get METHOD:CANCEL), invites a
 * substitute from the pool for that slot, and when none fits and the group fell below its
 * minimum, moves the session to another common slot or cancels it.
 */
export async function applyReply(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  input: ReplyInput,
  now: Date,
): Promise<ReplyOutcome> {
  const session = await loadSnapshot(db, input.sessionId);
  if (!session) throw new NotParticipant();
  const everyone = await participantsOf(db, input.sessionId, true);
  const me = everyone.find((p) => p.userId === input.userId);
  if (!me) throw new NotParticipant();
  const stillIn = session.participants.some((p) => p.userId === input.userId);
  // Answering twice the same way is harmless (a double click, a second device).
  if (!stillIn)
    if (me.reply === 'declined' && input.reply === 'declined')
      return { reply: 'declined', state: session.state };
    else throw new NotParticipant();
  if (!OPEN_STATES.includes(session.state) || Date.parse(session.startsAt) <= now.getTime())
    throw new ReplyTooLate();

  if (input.reply === 'accepted') {
    // Accepting again keeps the first answer's moment; the session's state is what it is.
    if (me.reply === 'accepted') return { reply: 'accepted', state: session.state };
    await db
      .updateTable('session_participants')
      .set({
        reply: 'accepted',
        replied_at: now.toISOString(),
        reply_reason: null,
        better_moment: null,
      })
      .where('session_id', '=', input.sessionId)
      .where('user_id', '=', input.userId)
      .execute();
    return { reply: 'accepted', state: await syncQuorum(db, input.sessionId, GROUP_MIN, now) };
  }

  await db
    .updateTable('session_participants')
    .set({
      reply: 'declined',
      replied_at: now.toISOString(),
      removed_at: now.toISOString(),
      reply_reason: input.reason?.trim() || null,
      better_moment: input.betterMoment?.trim() || null,
    })
    .where('session_id', '=', input.sessionId)
    .where('user_id', '=', input.userId)
    .execute();
  await bumpSequence(db, input.sessionId, now);
  await cancelSessionJobs(db, input.sessionId, now, input.userId);
  const after = (await loadSnapshot(db, input.sessionId))!;
  await enqueueMail(db, cancellationMail(ctx, after, me, 'you-declined', now), now);

  const role = me.role === 'facilitator' ? 'facilitator' : 'member';
  const added = await inviteSubstitutes(db, ctx, input.sessionId, 1, role, now);
  if (added === 0 && after.participants.length < GROUP_MIN) {
    const outcome = await moveOrCancel(db, ctx, input.sessionId, 'too-few-after-declines', now);
    return { reply: 'declined', state: outcome };
  }
  if (added === 0 && me.role === 'facilitator') await promoteFacilitator(db, input.sessionId);
  return { reply: 'declined', state: await syncQuorum(db, input.sessionId, GROUP_MIN, now) };
}

/** A group without its facilitator asks the first remaining member to lead the conversation. */
async function promoteFacilitator(db: Kysely<Database>, sessionId: string): Promise<void> {
  const participants = await participantsOf(db, sessionId, false);
  const next = participants.find((p) => p.role === 'member');
  if (!next || participants.some((p) => p.role === 'facilitator')) return;
  await db
    .updateTable('session_participants')
    .set({ role: 'facilitator' })
    .where('session_id', '=', sessionId)
    .where('user_id', '=', next.userId)
    .execute();
}
