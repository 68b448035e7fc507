import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isPostgres, type Database, type JobKind } from '@ods/db';

export interface NewJob {
  kind: JobKind;
  /** Unique for ever: a second job with the same key is silently not added. */
  key: string;
  sessionId: string | null;
  userId: string | null;
  runAt: Date;
}

/** Adds a job unless one with its key exists (in any state). Returns whether it was added. */
export async function scheduleJob(db: Kysely<Database>, job: NewJob, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('scheduled_jobs')
    .values({
      id: randomUUID(),
      kind: job.kind,
      key: job.key,
      session_id: job.sessionId,
      user_id: job.userId,
      run_at: job.runAt.toISOString(),
      last_error: null,
      created_at: now.toISOString(),
      finished_at: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Whether a job with this key was ever added (e.g. a marker that something happened once). */
export async function jobExists(db: Kysely<Database>, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('scheduled_jobs')
    .select('id')
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Cancels the pending jobs of a session, optionally only one person's. */
export async function cancelSessionJobs(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
  userId?: string,
): Promise<void> {
  let query = db
    .updateTable('scheduled_jobs')
    .set({ state: 'cancelled', finished_at: now.toISOString() })
    .where('session_id', '=', sessionId)
    .where('state', '=', 'pending')
    .where('kind', '!=', 'marker');
  if (userId) query = query.where('user_id', '=', userId);
  await query.execute();
}

export interface DueJob {
  id: string;
  kind: JobKind;
  key: string;
  sessionId: string | null;
  userId: string | null;
  attempts: number;
}

/** Pending jobs whose time has come, oldest first. */
export async function dueJobs(db: Kysely<Database>, now: Date, limit = 100): Promise<DueJob[]> {
  const rows = await db
    .selectFrom('scheduled_jobs')
    .select(['id', 'kind', 'key', 'session_id', 'user_id', 'attempts'])
    .where('state', '=', 'pending')
    .where('run_at', '<=', now.toISOString())
    .orderBy('run_at')
    // At the same moment a quorum check ('quorum') goes before reminders ('reminder-…'): a
    // session it cancels must not be reminded first.
    .orderBy('kind')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    key: r.key,
    sessionId: r.session_id,
    userId: r.user_id,
    attempts: r.attempts,
  }));
}

/**
 * Marks a job done if it is still pending; inside the transaction that does its work, so the
 * work and the mark are stored together. False when another run (of this or another app
 * instance) has it: on PostgreSQL a job another instance is running right now is locked and
 * skipped at once (`SKIP LOCKED`) instead of waited for; on SQLite the transaction holds the
 * file's write lock, so no other run is in between.
 */
export async function claimJob(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  if (isPostgres(db)) {
    const free = await db
      .selectFrom('scheduled_jobs')
      .select('id')
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!free) return false;
  }
  const result = await db
    .updateTable('scheduled_jobs')
    .set((eb) => ({
      state: 'done',
      finished_at: now.toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** After a failed run: try again later, or give up after a few attempts. */
export async function recordJobFailure(
  db: Kysely<Database>,
  job: DueJob,
  message: string,
  now: Date,
): Promise<void> {
  const attempts = job.attempts + 1;
  await db
    .updateTable('scheduled_jobs')
    .set({
      attempts,
      last_error: message.slice(0, 500),
      state: attempts >= 5 ? 'failed' : 'pending',
      run_at: new Date(now.getTime() + 60_000 * 2 ** attempts).toISOString(),
    })
    .where('id', '=', job.id)
    .execute();
}
