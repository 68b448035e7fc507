import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { TimeProposal, TimeSlot } from '@ods/shared';
import { candidateSlots } from '../../core/slots/candidate-slots.ts';
import { commonSlots } from '../../core/slots/person-availability.ts';
import { NotParticipant, ProposalClosed, ReplyTooLate, SlotUnavailable } from '../../errors.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { availabilityOf } from './pool.repository.ts';
import { MOVE_WINDOW_DAYS, type SchedulingContext } from './scheduling-context.ts';
import { proposalMail } from './scheduling-mails.ts';
import { moveSession } from './session-changes.ts';
import { loadSnapshot, type SessionSnapshot } from './session-snapshot.repository.ts';

const OPEN = ['invited', 'confirmed', 'moved'];

/** Other times every current participant can make (the slot rules), besides the current one. */
export async function groupSlots(
  db: Kysely<Database>,
  session: SessionSnapshot,
  now: Date,
): Promise<TimeSlot[]> {
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000);
  const periodEnd = new Date(now.getTime() + MOVE_WINDOW_DAYS * 86_400_000).toISOString();
  const slots = candidateSlots({
    now: now.toISOString(),
    periodStart: now.toISOString(),
    periodEnd,
    sessionMinutes: minutes === 45 || minutes === 90 ? minutes : 60,
  }).filter((slot) => slot.startsAt !== session.startsAt);
  const availability = await availabilityOf(
    db,
    session.participants.map((p) => p.userId),
    { from: now.toISOString(), to: periodEnd },
  );
  return commonSlots([...availability.values()], slots).map((s) => ({
    startsAt: s.startsAt,
    endsAt: s.endsAt,
  }));
}

async function openSessionFor(db: Kysely<Database>, sessionId: string, userId: string, now: Date) {
  const session = await loadSnapshot(db, sessionId);
  if (!session || !session.participants.some((p) => p.userId === userId))
    throw new NotParticipant();
  if (!OPEN.includes(session.state) || Date.parse(session.startsAt) <= now.getTime())
    throw new ReplyTooLate();
  return session;
}

/** A participant proposes another common slot; the others hear of it by mail. */
export async function proposeTime(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  input: { sessionId: string; userId: string; startsAt: string },
  now: Date,
): Promise<string> {
  const session = await openSessionFor(db, input.sessionId, input.userId, now);
  const startsAt = new Date(input.startsAt).toISOString();
  // The same proposal again (a double click, a retry) is the one already made: no second mail.
  const same = await db
    .selectFrom('time_proposals')
    .select('id')
    .where('session_id', '=', session.id)
    .where('proposed_by', '=', input.userId)
    .where('starts_at', '=', startsAt)
    .where('state', 'in', ['open', 'accepted'])
    .executeTakeFirst();
  if (same) return same.id;
  const slot = (await groupSlots(db, session, now)).find((s) => s.startsAt === startsAt);
  if (!slot) throw new SlotUnavailable();
  const id = randomUUID();
  await db
    .insertInto('time_proposals')
    .values({
      id,
      session_id: session.id,
      proposed_by: input.userId,
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      created_at: now.toISOString(),
    })
    .execute();
  const proposer = session.participants.find((p) => p.userId === input.userId)!;
  for (const to of session.participants.filter((p) => p.userId !== input.userId))
    await enqueueMail(db, proposalMail(ctx, session, to, proposer.name, slot), now);
  await vote(db, ctx, { ...input, proposalId: id, accept: true }, now);
  return id;
}

/** A vote; one "no" ends the proposal, and when everyone said yes the session moves. */
export async function vote(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  input: { sessionId: string; userId: string; proposalId: string; accept: boolean },
  now: Date,
): Promise<void> {
  // The same vote again changes nothing, also after it closed the proposal or moved the session.
  const earlier = await db
    .selectFrom('time_proposal_votes')
    .innerJoin('time_proposals', 'time_proposals.id', 'time_proposal_votes.proposal_id')
    .select('time_proposal_votes.accepted')
    .where('time_proposal_votes.proposal_id', '=', input.proposalId)
    .where('time_proposals.session_id', '=', input.sessionId)
    .where('time_proposal_votes.user_id', '=', input.userId)
    .executeTakeFirst();
  if (earlier && earlier.accepted === (input.accept ? 1 : 0)) return;
  const session = await openSessionFor(db, input.sessionId, input.userId, now);
  const proposal = await db
    .selectFrom('time_proposals')
    .selectAll()
    .where('id', '=', input.proposalId)
    .where('session_id', '=', session.id)
    .executeTakeFirst();
  if (!proposal || proposal.state !== 'open') throw new ProposalClosed();
  await db
    .insertInto('time_proposal_votes')
    .values({
      proposal_id: proposal.id,
      user_id: input.userId,
      accepted: input.accept ? 1 : 0,
      voted_at: now.toISOString(),
    })
    .onConflict((oc) =>
      oc
        .columns(['proposal_id', 'user_id'])
        .doUpdateSet({ accepted: input.accept ? 1 : 0, voted_at: now.toISOString() }),
    )
    .execute();
  if (!input.accept) {
    await db
      .updateTable('time_proposals')
      .set({ state: 'rejected' })
      .where('id', '=', proposal.id)
      .execute();
    return;
  }
  const yes = await db
    .selectFrom('time_proposal_votes')
    .select('user_id')
    .where('proposal_id', '=', proposal.id)
    .where('accepted', '=', 1)
    .execute();
  const agreed = new Set(yes.map((v) => v.user_id));
  if (!session.participants.every((p) => agreed.has(p.userId))) return;
  await db
    .updateTable('time_proposals')
    .set({ state: 'accepted' })
    .where('id', '=', proposal.id)
    .execute();
  await moveSession(
    db,
    ctx,
    session.id,
    { startsAt: proposal.starts_at, endsAt: proposal.ends_at },
    true,
    now,
  );
}

/** The proposals of a session with their votes, as "Mijn sessies" shows them. */
export async function listProposals(
  db: Kysely<Database>,
  sessionId: string,
  viewerId: string,
): Promise<TimeProposal[]> {
  const proposals = await db
    .selectFrom('time_proposals')
    .leftJoin('users', 'users.id', 'time_proposals.proposed_by')
    .selectAll('time_proposals')
    .select('users.name as proposer')
    .where('session_id', '=', sessionId)
    .orderBy('time_proposals.created_at')
    .execute();
  if (proposals.length === 0) return [];
  const votes = await db
    .selectFrom('time_proposal_votes')
    .innerJoin('users', 'users.id', 'time_proposal_votes.user_id')
    .select(['proposal_id', 'user_id', 'accepted', 'users.name'])
    .where(
      'proposal_id',
      'in',
      proposals.map((p) => p.id),
    )
    // In the order people voted, so "Akkoord: …" reads the same on every reload.
    .orderBy('time_proposal_votes.voted_at')
    .orderBy('users.name')
    .execute();
  return proposals.map((p) => {
    const own = votes.filter((v) => v.proposal_id === p.id);
    const mine = own.find((v) => v.user_id === viewerId);
    return {
      id: p.id,
      startsAt: p.starts_at,
      endsAt: p.ends_at,
      proposedBy: p.proposer,
      state: p.state,
      accepted: own.filter((v) => v.accepted === 1).map((v) => v.name),
      rejected: own.filter((v) => v.accepted === 0).map((v) => v.name),
      myVote: mine ? mine.accepted === 1 : null,
    };
  });
}
