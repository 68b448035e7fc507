import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/** One person's wish, after a session together, to spar with another person again. */
export interface SparAgainPair {
  userId: string;
  otherUserId: string;
}

/**
 * Every "yes, I would like to spar with them again" among these people (both in the list),
 * once per pair and direction, whatever the number of sessions it was said after.
 */
export async function sparAgainPairs(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<SparAgainPair[]> {
  if (userIds.length === 0) return [];
  const wanted = new Set(userIds);
  const pairs = new Map<string, SparAgainPair>();
  // In chunks: the pool can be larger than the number of parameters a statement takes.
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db
      .selectFrom('spar_again_answers')
      .select(['user_id', 'other_user_id'])
      .where('wants', '=', 1)
      .where('user_id', 'in', userIds.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      if (!wanted.has(row.other_user_id)) continue;
      pairs.set(`${row.user_id}:${row.other_user_id}`, {
        userId: row.user_id,
        otherUserId: row.other_user_id,
      });
    }
  }
  return [...pairs.values()].sort(
    (a, b) => a.userId.localeCompare(b.userId) || a.otherUserId.localeCompare(b.otherUserId),
  );
}

/** The matcher's input: per person, the ids of the people they would like to spar with again. */
export async function sparAgainByPerson(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byPerson = new Map<string, string[]>();
  for (const pair of await sparAgainPairs(db, userIds)) {
    byPerson.set(pair.userId, [...(byPerson.get(pair.userId) ?? []), pair.otherUserId]);
  }
  return byPerson;
}
