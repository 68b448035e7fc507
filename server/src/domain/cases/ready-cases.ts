import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { transitionCase } from './case-transition.ts';

/** A case the matcher can plan a session around: its owner joins a group on its topic. */
export interface ReadyCase {
  id: string;
  ownerId: string;
  /** Topic slug. */
  topic: string;
}

/**
 * Every case marked ready whose owner still has an account, oldest ready first, so cases that
 * waited longest come first when the matcher has to choose.
 */
export async function listReadyCases(db: Kysely<Database>): Promise<ReadyCase[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'owner_id', 'topic_slug'])
    .where('state', '=', 'ready')
    .where('owner_id', 'is not', null)
    .orderBy('ready_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, ownerId: r.owner_id!, topic: r.topic_slug }));
}

/**
 * Marks a ready case as used, in the transaction that stores the session with its case_id.
 * Throws CaseStateConflict (409) when the owner withdrew or archived it in the meantime.
 */
export async function markCaseUsed(db: Kysely<Database>, caseId: string, now: Date) {
  await transitionCase(db, caseId, 'used', now);
}
