import type { Kysely } from 'kysely';
import type { CancelReason, Database, ParticipantRole } from '@ods/db';
import { candidateSlots } from '../../core/slots/candidate-slots.ts';
import { commonSlots } from '../../core/slots/person-availability.ts';
import type { Slot } from '../../core/slots/types.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { sendInvitations } from './invitations.ts';
import { attendeesChangedMail, cancellationMail } from './scheduling-mails.ts';
import { jobExists, scheduleJob } from './jobs.repository.ts';
import { availabilityOf, groupMembers, substituteCandidates } from './pool.repository.ts';
import {
  GROUP_MAX,
  GROUP_MIN,
  MONTHLY_CAP,
  MOVE_WINDOW_DAYS,
  SUBSTITUTE_LEAD_HOURS,
  type SchedulingContext,
} from './scheduling-context.ts';
import { cancelSession, moveSession } from './session-changes.ts';
import { planReminders } from './session-jobs.ts';
import { bumpSequence, loadSnapshot, type SessionSnapshot } from './session-snapshot.repository.ts';
import { chooseSubstitutes } from './substitutes.ts';

const DAY_MS = 86_400_000;

/** The pool around a session, loaded once: its members and who might join them. */
async function poolAround(
  db: Kysely<Database>,
  session: SessionSnapshot,
  range: { from: string; to: string },
) {
  const [members, candidates] = await Promise.all([
    groupMembers(
      db,
      session.participants.map((p) => p.userId),
    ),
    substituteCandidates(db, { sessionId: session.id, topic: session.topicSlug, range }),
  ]);
  return { members, candidates };
}

/** Substitutes for one slot of this session, on the same rules as the matcher. */
function substitutesAt(
  pool: Awaited<ReturnType<typeof poolAround>>,
  session: SessionSnapshot,
  slot: Slot,
  needed: number,
  now: Date,
): string[] {
  if (needed <= 0) return [];
  return chooseSubstitutes({
    ...pool,
    slot: { id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt },
    topic: session.topicSlug,
    needed,
    now: now.toISOString(),
    monthlyCap: MONTHLY_CAP,
  });
}

/** Adds people to a session as members (reply needs-action), in the caller's transaction. */
async function addParticipants(
  db: Kysely<Database>,
  sessionId: string,
  userIds: readonly string[],
  role: ParticipantRole,
  now: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('session_participants')
    .values(
      userIds.map((userId) => ({
        session_id: sessionId,
        user_id: userId,
        role,
        added_at: now.toISOString(),
        reply_reason: null,
        replied_at: null,
        removed_at: null,
      })),
    )
    .execute();
}

/**
 * Fills up to `needed` seats at the session's own slot with substitutes, who get an
 * invitation (METHOD:REQUEST) and reminders; the others get the updated attendee list with a
 * short mail. Returns how many were added.
 */
export async function inviteSubstitutes(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  sessionId: string,
  needed: number,
  role: ParticipantRole,
  now: Date,
): Promise<number> {
  const session = (await loadSnapshot(db, sessionId))!;
  const room = Math.min(needed, GROUP_MAX - session.participants.length);
  if (room <= 0) return 0;
  if (Date.parse(session.startsAt) - now.getTime() < SUBSTITUTE_LEAD_HOURS * 3_600_000) return 0;
  const slot = { id: session.startsAt, startsAt: session.startsAt, endsAt: session.endsAt };
  const pool = await poolAround(db, session, { from: slot.startsAt, to: slot.endsAt });
  const chosen = substitutesAt(pool, session, slot, room, now);
  if (chosen.length === 0) return 0;
  await addParticipants(db, sessionId, chosen, role, now);
  await bumpSequence(db, sessionId, now);
  const updated = (await loadSnapshot(db, sessionId))!;
  const newcomers = updated.participants.filter((p) => chosen.includes(p.userId));
  await sendInvitations(db, ctx, updated, newcomers, 'substitute', now);
  const names = newcomers.map((p) => p.name);
  for (const other of updated.participants.filter((p) => !chosen.includes(p.userId)))
    await enqueueMail(db, attendeesChangedMail(ctx, updated, other, names, now), now);
  await planReminders(db, updated, chosen, now);
  return chosen.length;
}

/**
 * For a group that fell below its minimum, or missed its quorum: another common slot of the
 * remaining members (for a missed quorum: of those who accepted) at which substitutes can
 * fill the group, once per session; or else a cancellation. People left out of a move get
 * METHOD:CANCEL.
 */
export async function moveOrCancel(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  sessionId: string,
  reason: CancelReason,
  now: Date,
): Promise<'moved' | 'cancelled'> {
  const session = (await loadSnapshot(db, sessionId))!;
  const core =
    reason === 'no-quorum'
      ? session.participants.filter((p) => p.reply === 'accepted')
      : session.participants;
  const marker = `auto-moved:${sessionId}`;
  const target =
    core.length === 0 || (await jobExists(db, marker))
      ? undefined
      : await findNewSlot(db, { ...session, participants: core }, now);
  if (!target) {
    await cancelSession(db, ctx, sessionId, reason, now);
    return 'cancelled';
  }
  await scheduleJob(db, { kind: 'marker', key: marker, sessionId, userId: null, runAt: now }, now);
  await db.updateTable('scheduled_jobs').set({ state: 'done' }).where('key', '=', marker).execute();
  const leaving = session.participants.filter((p) => !core.includes(p));
  if (leaving.length > 0) {
    await db
      .updateTable('session_participants')
      .set({ removed_at: now.toISOString() })
      .where('session_id', '=', sessionId)
      .where(
        'user_id',
        'in',
        leaving.map((p) => p.userId),
      )
      .execute();
    const sequence = await bumpSequence(db, sessionId, now);
    for (const person of leaving)
      await enqueueMail(
        db,
        cancellationMail(ctx, { ...session, sequence }, person, 'not-confirmed', now),
        now,
      );
  }
  // The substitutes join before the move goes out, so every mail of it lists the same group.
  await addParticipants(db, sessionId, target.substitutes, 'member', now);
  await moveSession(db, ctx, sessionId, target.slot, false, now, target.substitutes);
  return 'moved';
}

async function findNewSlot(db: Kysely<Database>, session: SessionSnapshot, now: Date) {
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000);
  const periodEnd = new Date(now.getTime() + MOVE_WINDOW_DAYS * DAY_MS).toISOString();
  const slots = candidateSlots({
    now: now.toISOString(),
    periodStart: now.toISOString(),
    periodEnd,
    sessionMinutes: minutes === 45 || minutes === 90 ? minutes : 60,
  }).filter((slot) => slot.startsAt !== session.startsAt);
  const ids = session.participants.map((p) => p.userId);
  const availability = await availabilityOf(db, ids, { from: now.toISOString(), to: periodEnd });
  const common = commonSlots([...availability.values()], slots);
  const needed = Math.max(0, GROUP_MIN - session.participants.length);
  const pool = await poolAround(db, session, { from: now.toISOString(), to: periodEnd });
  for (const slot of common) {
    const substitutes = substitutesAt(pool, session, slot, needed, now);
    if (substitutes.length >= needed) return { slot, substitutes };
  }
  return undefined;
}
