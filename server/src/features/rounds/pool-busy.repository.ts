import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '@ods/db';
import type { MatchSlot } from '../../core/matcher/types.ts';

/**
 * Busy times from the linked calendars of `members` (a subquery of user ids) that overlap the
 * slots' span, in one statement (batches of ids made a hundred statements for 100 000 people).
 */
export async function busyOverSlots(
  db: Kysely<Database>,
  members: SelectQueryBuilder<Database, 'users', { id: string }>,
  slots: MatchSlot[],
): Promise<{ user_id: string; starts_at: string; ends_at: string }[]> {
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return [];
  return db
    .selectFrom('user_busy_times')
    .select(['user_id', 'starts_at', 'ends_at'])
    .where('user_id', 'in', members)
    .where('starts_at', '<', last.endsAt)
    .where('ends_at', '>', first.startsAt)
    .execute();
}
