import type { Kysely } from 'kysely';
import { withAdvisoryLock, type Database } from '@ods/db';
import type { Clock } from '../../lib/time.ts';
import { inviteSession, proposedSessionIds } from './invitations.ts';
import { runJob } from './job-handlers.ts';
import { claimJob, dueJobs, recordJobFailure } from './jobs.repository.ts';
import type { SchedulingContext } from './scheduling-context.ts';

export interface SchedulerRun {
  invited: number;
  jobs: number;
}

export interface Scheduler {
  /**
   * Invites waiting sessions and runs due jobs; one run at a time, across all app instances
   * on the database (another instance's run going on: this one does nothing).
   */
  runOnce(): Promise<SchedulerRun>;
}

/**
 * The durable part of scheduling. Everything it does is found again in the database on the
 * next run (sessions still 'proposed', jobs still 'pending'), so a restart loses nothing; each
 * piece of work commits together with the mails it writes.
 */
export function createScheduler(options: {
  db: Kysely<Database>;
  ctx: SchedulingContext;
  clock: Clock;
  /** After a commit that wrote mail. */
  onMail: () => void;
  onError: (error: unknown, what: string) => void;
}): Scheduler {
  const { db, ctx, clock } = options;
  let running: Promise<SchedulerRun> | undefined;

  async function run(): Promise<SchedulerRun> {
    let invited = 0;
    for (const id of await proposedSessionIds(db, clock.now())) {
      try {
        if (await inviteSession(db, ctx, id, clock.now())) invited += 1;
      } catch (error) {
        options.onError(error, `invite session ${id}`);
      }
    }
    let jobs = 0;
    for (const job of await dueJobs(db, clock.now())) {
      const now = clock.now();
      try {
        const ran = await db.transaction().execute(async (trx) => {
          if (!(await claimJob(trx, job.id, now))) return false;
          await runJob(trx, ctx, job, now);
          return true;
        });
        if (ran) jobs += 1;
      } catch (error) {
        options.onError(error, `job ${job.kind} ${job.id}`);
        await recordJobFailure(
          db,
          job,
          error instanceof Error ? error.message : String(error),
          now,
        );
      }
    }
    if (invited + jobs > 0) options.onMail();
    return { invited, jobs };
  }

  return {
    runOnce() {
      running ??= withAdvisoryLock(db, 'scheduler', run)
        .then((outcome) => (outcome.ran ? outcome.value : { invited: 0, jobs: 0 }))
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
