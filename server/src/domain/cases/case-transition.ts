import type { Kysely, Updateable } from 'kysely';
import type { CaseState, CasesTable, Database } from '@ods/db';
import { CaseStateConflict } from '../../errors.ts';
import { canTransitionCase } from './case-states.ts';

export interface TransitionOptions {
  /** Further columns to set in the same update. */
  set?: Omit<Updateable<CasesTable>, 'state' | 'updated_at'>;
  /**
   * The case's updated_at when the caller checked it (e.g. ran the guard over its texts): the
   * transition fails if the case was edited since.
   */
  unchangedSince?: string;
}

/**
 * Moves a case to another state if its life cycle allows it, atomically: the update applies
 * only while the case is still in the state it was read in, so two tabs cannot both win.
 * Setting the state it already has is a no-op.
 */
export async function transitionCase(
  db: Kysely<Database>,
  caseId: string,
  to: CaseState,
  now: Date,
  options: TransitionOptions = {},
): Promise<void> {
  const row = await db
    .selectFrom('cases')
    .select(['state', 'updated_at'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  if (row.state === to) return;
  if (!canTransitionCase(row.state, to)) throw new CaseStateConflict();
  if (options.unchangedSince !== undefined && row.updated_at !== options.unchangedSince)
    throw new CaseStateConflict();
  const result = await db
    .updateTable('cases')
    .set({ ...options.set, state: to, updated_at: now.toISOString() })
    .where('id', '=', caseId)
    .where('state', '=', row.state)
    .where('updated_at', '=', row.updated_at)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new CaseStateConflict();
}
