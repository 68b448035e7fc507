import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { UsefulState } from '@ods/shared/api/library';

async function entryId(db: Kysely<Database>, sessionId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('library_entries')
    .select('id')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Marks a published summary useful (once per person) or takes the mark back; the count on
 * the entry moves in the same transaction, so "most useful first" reads one column.
 * Undefined when the summary is not in the library.
 */
export async function setUseful(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  useful: boolean,
  now: Date,
): Promise<UsefulState | undefined> {
  return db.transaction().execute(async (trx) => {
    const id = await entryId(trx, sessionId);
    if (id === undefined) return undefined;
    const changed = useful
      ? Number(
          (
            await trx
              .insertInto('library_useful_marks')
              .values({ entry_id: id, user_id: userId, marked_at: now.toISOString() })
              .onConflict((oc) => oc.columns(['entry_id', 'user_id']).doNothing())
              .executeTakeFirst()
          ).numInsertedOrUpdatedRows ?? 0,
        )
      : Number(
          (
            await trx
              .deleteFrom('library_useful_marks')
              .where('entry_id', '=', id)
              .where('user_id', '=', userId)
              .executeTakeFirst()
          ).numDeletedRows,
        );
    if (changed === 1) {
      await trx
        .updateTable('library_entries')
        .set((eb) => ({ useful_count: eb('useful_count', useful ? '+' : '-', 1) }))
        .where('id', '=', id)
        .execute();
    }
    const entry = await trx
      .selectFrom('library_entries')
      .select('useful_count')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { usefulCount: Number(entry.useful_count), markedUseful: useful };
  });
}
