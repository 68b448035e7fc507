import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { LAST_CHECK_HOURS, QUORUM_HOURS } from './scheduling-context.ts';
import { scheduleJob } from './jobs.repository.ts';

const HOUR_MS = 3_600_000;

const at = (startsAt: string, hoursBefore: number) =>
  new Date(Date.parse(startsAt) - hoursBefore * HOUR_MS);

const notBefore = (moment: Date, now: Date) => (moment < now ? now : moment);

/**
 * Reminders 24 hours and 15 minutes before the start for these people. The key holds the start,
 * so each moment is reminded once per person; a moved session gets reminders for its new time.
 */
export async function planReminders(
  db: Kysely<Database>,
  session: { id: string; startsAt: string },
  userIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const userId of userIds) {
    for (const [kind, minutes] of [
      ['reminder-24h', 24 * 60],
      ['reminder-15m', 15],
    ] as const) {
      const runAt = new Date(Date.parse(session.startsAt) - minutes * 60_000);
      // A reminder whose moment passed already (a late substitute) would only confuse.
      if (runAt <= now) continue;
      await scheduleJob(
        db,
        {
          kind,
          key: `${kind}:${session.id}:${userId}:${session.startsAt}`,
          sessionId: session.id,
          userId,
          runAt,
        },
        now,
      );
    }
  }
}

/** The quorum checks: at the deadline (48 h before) and, if it had to refill, a day before. */
export async function planQuorumCheck(
  db: Kysely<Database>,
  session: { id: string; startsAt: string },
  stage: 1 | 2,
  now: Date,
): Promise<void> {
  const runAt = notBefore(at(session.startsAt, stage === 1 ? QUORUM_HOURS : LAST_CHECK_HOURS), now);
  await scheduleJob(
    db,
    {
      kind: 'quorum',
      key: `quorum:${session.id}:${session.startsAt}:${stage}`,
      sessionId: session.id,
      userId: null,
      runAt,
    },
    now,
  );
}
