import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import type { DueJob } from './jobs.repository.ts';
import { inviteSubstitutes, moveOrCancel } from './refill.ts';
import { GROUP_MIN, type SchedulingContext } from './scheduling-context.ts';
import { reminderMail } from './scheduling-mails.ts';
import { syncQuorum } from './session-changes.ts';
import { planQuorumCheck } from './session-jobs.ts';
import { loadSnapshot } from './session-snapshot.repository.ts';

const LIVE_STATES = ['invited', 'confirmed', 'moved'];

/** A reminder mail, unless the session is off, has started, or the person is out or opted out. */
async function runReminder(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  job: DueJob & { kind: 'reminder-24h' | 'reminder-15m' },
  now: Date,
): Promise<void> {
  const session = job.sessionId ? await loadSnapshot(db, job.sessionId) : undefined;
  if (!session || !LIVE_STATES.includes(session.state)) return;
  if (Date.parse(session.startsAt) <= now.getTime()) return;
  // The key names the start it was planned for; a moved session has jobs of its own.
  if (!job.key.endsWith(`:${session.startsAt}`)) return;
  const to = session.participants.find((p) => p.userId === job.userId);
  if (!to || !to.wantsReminders) return;
  await enqueueMail(db, reminderMail(ctx, session, to, job.kind), now);
}

/**
 * The quorum deadline: at least GROUP_MIN accepted confirms the session. Otherwise, at the
 * first check, seats are refilled from the pool and a last check is planned a day before;
 * when nothing can be refilled, or at the last check, the session moves or is cancelled.
 */
async function runQuorum(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  job: DueJob,
  now: Date,
): Promise<void> {
  const session = job.sessionId ? await loadSnapshot(db, job.sessionId) : undefined;
  if (!session || !LIVE_STATES.includes(session.state)) return;
  if (!job.key.includes(`:${session.startsAt}:`)) return;
  if ((await syncQuorum(db, session.id, GROUP_MIN, now)) === 'confirmed') return;
  const accepted = session.participants.filter((p) => p.reply === 'accepted').length;
  if (job.key.endsWith(':1')) {
    const added = await inviteSubstitutes(db, ctx, session.id, GROUP_MIN - accepted, 'member', now);
    const hopeful = session.participants.filter((p) => p.reply !== 'declined').length + added;
    if (hopeful >= GROUP_MIN) {
      await planQuorumCheck(db, session, 2, now);
      return;
    }
  }
  await moveOrCancel(db, ctx, session.id, 'no-quorum', now);
}

/** Runs one claimed job inside its transaction. */
export async function runJob(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  job: DueJob,
  now: Date,
): Promise<void> {
  switch (job.kind) {
    case 'reminder-24h':
    case 'reminder-15m':
      return runReminder(db, ctx, { ...job, kind: job.kind }, now);
    case 'quorum':
      return runQuorum(db, ctx, job, now);
    case 'marker':
      return;
  }
}
