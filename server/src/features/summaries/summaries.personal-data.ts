import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { refreshWithout } from './publication.ts';

async function exportOf(db: Kysely<Database>, userId: string) {
  const consents = await db
    .selectFrom('summary_consents')
    .select(['session_id as sessionId', 'attribution', 'agreed', 'decided_at as decidedAt'])
    .where('user_id', '=', userId)
    .orderBy('decided_at')
    .execute();
  const ratings = await db
    .selectFrom('session_ratings')
    .select(['session_id as sessionId', 'rating', 'rated_at as ratedAt'])
    .where('user_id', '=', userId)
    .orderBy('rated_at')
    .execute();
  const sparAgain = await db
    .selectFrom('spar_again_answers')
    .innerJoin('users', 'users.id', 'spar_again_answers.other_user_id')
    .select(['spar_again_answers.session_id as sessionId', 'users.name as with', 'wants'])
    .where('spar_again_answers.user_id', '=', userId)
    .execute();
  const consentRequests = await db
    .selectFrom('consent_requests')
    .select([
      'session_id as sessionId',
      'requested_at as requestedAt',
      'reminded_at as remindedAt',
      'closed_at as closedAt',
    ])
    .where('user_id', '=', userId)
    .orderBy('requested_at')
    .execute();
  const lastEdited = await db
    .selectFrom('summaries')
    .select(['session_id as sessionId', 'updated_at as updatedAt'])
    .where('updated_by', '=', userId)
    .execute();
  return {
    consents: consents.map((c) => ({ ...c, agreed: Number(c.agreed) === 1 })),
    consentRequests,
    ratings,
    sparAgain: sparAgain.map((s) => ({ ...s, wants: Number(s.wants) === 1 })),
    summariesLastEditedByMe: lastEdited,
  };
}

/**
 * Consents, ratings and spar-again answers in the export. On erasure a person's consents stay
 * as anonymous rows shown as 'hidden', so what they agreed to stays published without them;
 * ratings and answers go.
 */
export const summariesPersonalData: PersonalDataPart = {
  name: 'summaries',
  export: exportOf,
  erase: async (trx, userId) => {
    const mine = await trx
      .selectFrom('summary_consents')
      .select('session_id')
      .where('user_id', '=', userId)
      .execute();
    const now = new Date();
    for (const { session_id } of mine) await refreshWithout(trx, session_id, userId, now);
    await trx
      .updateTable('summary_consents')
      .set({ user_id: null, attribution: 'hidden' })
      .where('user_id', '=', userId)
      .execute();
    await trx
      .updateTable('summaries')
      .set({ updated_by: null })
      .where('updated_by', '=', userId)
      .execute();
    await trx.deleteFrom('spar_again_answers').where('user_id', '=', userId).execute();
    await trx.deleteFrom('spar_again_answers').where('other_user_id', '=', userId).execute();
    await trx.deleteFrom('session_ratings').where('user_id', '=', userId).execute();
    await trx.deleteFrom('consent_requests').where('user_id', '=', userId).execute();
  },
};
