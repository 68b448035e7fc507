import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import type { StoredProposal } from './round-proposal.ts';
import { proposalOf } from './rounds.repository.ts';

/** Stands in for an erased person in a stored proposal; no account has this id. */
export const ERASED_PERSON = 'erased';

async function roundsMentioning(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('match_rounds')
    .select(['id', 'period_start', 'period_end', 'state', 'proposal'])
    .where('proposal', 'like', `%${userId}%`)
    .orderBy('created_at')
    .execute();
}

function erase(proposal: StoredProposal, userId: string): StoredProposal {
  return {
    ...proposal,
    groups: proposal.groups.map((group) => ({
      ...group,
      members: group.members.map((m) =>
        m.userId === userId ? { ...m, userId: ERASED_PERSON, name: '', organisationName: '' } : m,
      ),
    })),
    leftOut: proposal.leftOut.map((p) =>
      p.userId === userId ? { ...p, userId: ERASED_PERSON, name: '' } : p,
    ),
  };
}

/**
 * Proposals copy names in. The export lists the rounds someone was considered in and what
 * came of it; erasure blanks them out, which also keeps an uncommitted proposal with them from
 * being committed (the pool changed).
 */
export const roundsPersonalData: PersonalDataPart = {
  name: 'matchRounds',
  export: async (db, userId) =>
    (await roundsMentioning(db, userId)).map((row) => {
      const proposal = proposalOf(row);
      const group = proposal.groups.find((g) => g.members.some((m) => m.userId === userId));
      const leftOut = proposal.leftOut.find((p) => p.userId === userId);
      return {
        roundId: row.id,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        state: row.state,
        group: group ? group.explanation : null,
        leftOut: leftOut ? leftOut.explanation : null,
      };
    }),
  erase: async (trx, userId) => {
    // The matcher's input kept for adjustments names the person too (and others' history with
    // them): it goes, so such a proposal can no longer be adjusted, only proposed again.
    await trx
      .updateTable('match_rounds')
      .set({ match_input: null })
      .where('match_input', 'like', `%${userId}%`)
      .execute();
    // A new version: a proposal read before (cached by its version, see proposal-cache.ts)
    // is not shown again with the name, and a commit of what was seen is refused.
    for (const row of await roundsMentioning(trx, userId)) {
      await trx
        .updateTable('match_rounds')
        .set((eb) => ({
          proposal: JSON.stringify(erase(proposalOf(row), userId)),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.id)
        .execute();
    }
  },
};
