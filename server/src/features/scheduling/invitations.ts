import type { Kysely } from 'kysely';
import { isPostgres, type Database } from '@ods/db';
import { transitionSession } from '../../domain/sessions/sessions.repository.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { invitationMail, type InvitationKind } from './scheduling-mails.ts';
import { planQuorumCheck, planReminders } from './session-jobs.ts';
import {
  loadSnapshot,
  type SessionSnapshot,
  type SnapshotParticipant,
} from './session-snapshot.repository.ts';

/** Writes one invitation (METHOD:REQUEST) per recipient to the outbox, in the caller's transaction. */
export async function sendInvitations(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  session: SessionSnapshot,
  recipients: readonly SnapshotParticipant[],
  kind: InvitationKind,
  now: Date,
): Promise<void> {
  for (const to of recipients)
    await enqueueMail(db, invitationMail(ctx, session, to, kind, now), now);
}

/** Sessions of committed rounds that still wait for their invitations. */
export async function proposedSessionIds(db: Kysely<Database>, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('sparring_sessions')
    .innerJoin('match_rounds', 'match_rounds.id', 'sparring_sessions.round_id')
    .select('sparring_sessions.id')
    .where('sparring_sessions.state', '=', 'proposed')
    .where('match_rounds.state', '=', 'committed')
    .where('sparring_sessions.starts_at', '>', now.toISOString())
    .orderBy('sparring_sessions.starts_at')
    .limit(200)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Invites one proposed session in ONE transaction: state 'invited', an invitation per
 * participant in the outbox, reminders and the quorum check planned. A crash before the
 * commit leaves it 'proposed' for the next run; after it, the outbox delivers. False when
 * another run invited it first, or (PostgreSQL) another app instance is inviting it now.
 */
export async function inviteSession(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (isPostgres(trx) && !(await lockProposed(trx, sessionId))) return false;
    const before = await loadSnapshot(trx, sessionId);
    if (!before || before.state !== 'proposed') return false;
    await transitionSession(trx, sessionId, 'invited', now);
    const session = { ...before, state: 'invited' as const };
    await sendInvitations(trx, ctx, session, session.participants, 'new', now);
    await planReminders(
      trx,
      session,
      session.participants.map((p) => p.userId),
      now,
    );
    await planQuorumCheck(trx, session, 1, now);
    return true;
  });
}

/**
 * Locks a still proposed session for this transaction, or answers false when another
 * instance holds it (it is inviting it) or it is proposed no more.
 */
async function lockProposed(trx: Kysely<Database>, sessionId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('sparring_sessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('state', '=', 'proposed')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row !== undefined;
}
