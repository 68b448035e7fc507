import { markCaseUsed } from '../../domain/cases/ready-cases.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { RoundGroup } from '@ods/shared';
import {
  NotFound,
  RoundAlreadyCommitted,
  RoundPoolChanged,
  RoundVersionConflict,
} from '../../errors.ts';
import { poolMemberIds, type PoolNetwork } from './pool-members.ts';
import { proposalOf } from './rounds.repository.ts';

/** Points inside the commit transaction where a test can make it fail, as a crash would. */
export interface CommitHooks {
  afterSessionsWritten?: (trx: Kysely<Database>) => Promise<void>;
}

// Rows per statement: stays far below the bind-parameter limits of SQLite and PostgreSQL.
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/** Every pair of a group's members once, as stored in pair_history (user_a < user_b). */
function pairsOf(group: RoundGroup): [string, string][] {
  const ids = group.members.map((m) => m.userId).sort();
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
}

/**
 * Commits a proposed round in one transaction: a sparring session per group (state 'proposed',
 * a random room name), its participants with their roles, and the pair history of every pair.
 * The round's state changes first, conditionally, so of two concurrent commits exactly one
 * proceeds; the other finds the round committed and answers with the same sessions, creating
 * nothing. Any failure leaves nothing. Returns the session ids in group order.
 */
export async function commitRound(
  db: Kysely<Database>,
  roundId: string,
  now: Date,
  hooks: CommitHooks = {},
  /** The version the coordinator saw; an adjustment made since then refuses the commit. */
  expectedVersion?: number,
): Promise<string[]> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    let claim = trx
      .updateTable('match_rounds')
      .set({ state: 'committed', committed_at: stamp })
      .where('id', '=', roundId)
      .where('state', '=', 'proposed');
    if (expectedVersion !== undefined) claim = claim.where('version', '=', expectedVersion);
    const claimed = await claim.executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) {
      const exists = await trx
        .selectFrom('match_rounds')
        .select(['state', 'proposal'])
        .where('id', '=', roundId)
        .executeTakeFirst();
      if (!exists) throw new NotFound();
      // Committed already (a double click, a retry, a second coordinator): the same sessions.
      if (exists.state === 'committed') return proposalOf(exists).groups.map((g) => g.sessionId!);
      if (expectedVersion !== undefined) throw new RoundVersionConflict();
      throw new RoundAlreadyCommitted();
    }
    const row = await trx
      .selectFrom('match_rounds')
      .select(['proposal', 'period_start', 'network_id', 'open_to_other_networks'])
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    const proposal = proposalOf(row);
    const network = row.network_id
      ? { id: row.network_id, openToOtherNetworks: row.open_to_other_networks === 1 }
      : undefined;
    await assertMembersStillInPool(trx, proposal.groups, row.period_start, network);

    const sessionIds = proposal.groups.map(() => randomUUID());
    for (const part of chunks(proposal.groups.map((group, i) => ({ group, id: sessionIds[i]! })))) {
      await trx
        .insertInto('sparring_sessions')
        .values(
          part.map(({ group, id }) => ({
            id,
            round_id: roundId,
            topic_slug: group.topic.slug,
            case_id: group.caseId,
            state: 'proposed' as const,
            cancel_reason: null,
            starts_at: group.startsAt,
            ends_at: group.endsAt,
            room_name: `room-${randomBytes(16).toString('hex')}`,
            explanation_nl: group.explanation.nl,
            explanation_en: group.explanation.en,
            created_at: stamp,
            updated_at: stamp,
            network_id: row.network_id,
          })),
        )
        .execute();
    }
    // The case becomes "used" with its session; a case withdrawn since the proposal fails
    // the whole commit (409), and the coordinator proposes again.
    for (const group of proposal.groups)
      if (group.caseId) await markCaseUsed(trx, group.caseId, now);
    const participants = proposal.groups.flatMap((group, i) =>
      group.members.map((m) => ({
        session_id: sessionIds[i]!,
        user_id: m.userId,
        role: m.role,
        reply_reason: null,
        replied_at: null,
        added_at: stamp,
        removed_at: null,
      })),
    );
    for (const part of chunks(participants)) {
      await trx.insertInto('session_participants').values(part).execute();
    }
    await hooks.afterSessionsWritten?.(trx);

    const pairs = proposal.groups.flatMap((group) =>
      pairsOf(group).map(([a, b]) => ({ user_a: a, user_b: b, last_met_at: group.startsAt })),
    );
    for (const part of chunks(pairs)) {
      await trx
        .insertInto('pair_history')
        .values(part.map((p) => ({ ...p, meet_count: 1 })))
        .onConflict((oc) =>
          oc.columns(['user_a', 'user_b']).doUpdateSet((eb) => ({
            meet_count: eb('pair_history.meet_count', '+', 1),
            last_met_at: eb.ref('excluded.last_met_at'),
          })),
        )
        .execute();
    }
    const groups = proposal.groups.map((group, i) => ({ ...group, sessionId: sessionIds[i]! }));
    // The matcher's input was kept only to check adjustments; a committed round has none.
    await trx
      .updateTable('match_rounds')
      .set({ proposal: JSON.stringify({ ...proposal, groups }), match_input: null })
      .where('id', '=', roundId)
      .execute();
    return sessionIds;
  });
}

/** Refuses the commit when someone in a group deleted their account, left or paused since. */
async function assertMembersStillInPool(
  trx: Kysely<Database>,
  groups: RoundGroup[],
  periodStart: string,
  network: PoolNetwork | undefined,
): Promise<void> {
  const ids = [...new Set(groups.flatMap((g) => g.members.map((m) => m.userId)))];
  let found = 0;
  for (const part of chunks(ids)) {
    const rows = await poolMemberIds(trx, periodStart, network)
      .where('users.id', 'in', part)
      .execute();
    found += rows.length;
  }
  if (found !== ids.length) throw new RoundPoolChanged();
}
