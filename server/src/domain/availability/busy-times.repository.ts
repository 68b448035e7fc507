import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { BusyInterval } from '../../core/slots/types.ts';

/**
 * Busy times from people's linked calendars (refreshed daily by the scheduling feature), per
 * user, overlapping the range. Feed them into `PersonAvailability.busy` when computing slots.
 * Users without a linked calendar are missing from the map.
 */
export async function busyTimesByUser(
  db: Kysely<Database>,
  userIds: readonly string[],
  range: { from: string; to: string },
): Promise<Map<string, BusyInterval[]>> {
  const result = new Map<string, BusyInterval[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_busy_times')
    .select(['user_id', 'starts_at', 'ends_at'])
    .where('user_id', 'in', [...userIds])
    .where('starts_at', '<', range.to)
    .where('ends_at', '>', range.from)
    .orderBy('starts_at')
    .execute();
  for (const row of rows) {
    const list = result.get(row.user_id) ?? [];
    list.push({ start: row.starts_at, end: row.ends_at });
    result.set(row.user_id, list);
  }
  return result;
}

/** Replaces a user's busy times with those read from their calendar just now. */
export async function replaceBusyTimes(
  db: Kysely<Database>,
  userId: string,
  busy: readonly BusyInterval[],
): Promise<void> {
  await db.deleteFrom('user_busy_times').where('user_id', '=', userId).execute();
  // In chunks, so a full calendar stays under the databases' parameter limits.
  for (let i = 0; i < busy.length; i += 200) {
    await db
      .insertInto('user_busy_times')
      .values(
        busy
          .slice(i, i + 200)
          .map((b) => ({ user_id: userId, starts_at: b.start, ends_at: b.end })),
      )
      .execute();
  }
}
