import type { Kysely, Selectable } from 'kysely';
import type { Database, MatchRoundsTable } from '@ods/db';
import type { Round, RoundSettings, RoundSummary } from '@ods/shared';
import type { NetworkScope } from '../../domain/networks/network-scope.ts';
import type { PoolNetwork } from './pool-members.ts';
import type { StoredProposal } from './round-proposal.ts';

type RoundRow = Selectable<MatchRoundsTable>;

export interface NewRound {
  id: string;
  periodStart: string;
  periodEnd: string;
  settings: RoundSettings;
  proposal: StoredProposal;
  proposedBy: string | null;
  createdAt: string;
  network: PoolNetwork | null;
}

/** Stores a proposed round (a dry run: nothing else is written). */
export async function insertRound(db: Kysely<Database>, round: NewRound): Promise<void> {
  await db
    .insertInto('match_rounds')
    .values({
      id: round.id,
      period_start: round.periodStart,
      period_end: round.periodEnd,
      state: 'proposed',
      settings: JSON.stringify(round.settings),
      proposal: JSON.stringify(round.proposal),
      proposed_by: round.proposedBy,
      created_at: round.createdAt,
      committed_at: null,
      network_id: round.network?.id ?? null,
      open_to_other_networks: round.network?.openToOtherNetworks ? 1 : 0,
    })
    .execute();
}

/** The stored proposal of a round row. */
export function proposalOf(row: Pick<RoundRow, 'proposal'>): StoredProposal {
  return JSON.parse(row.proposal) as StoredProposal;
}

function rowToRound(row: RoundRow): Round {
  const proposal = proposalOf(row);
  return {
    id: row.id,
    networkId: row.network_id,
    openToOtherNetworks: row.open_to_other_networks === 1,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    state: row.state,
    createdAt: row.created_at,
    committedAt: row.committed_at,
    settings: JSON.parse(row.settings) as RoundSettings,
    stats: proposal.stats,
    groups: proposal.groups,
    leftOut: proposal.leftOut,
  };
}

/** One round with its proposal, or undefined. */
export async function findRound(db: Kysely<Database>, id: string): Promise<Round | undefined> {
  const row = await db
    .selectFrom('match_rounds')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? rowToRound(row) : undefined;
}

/** Rounds of the networks in scope, newest first, as short summaries. */
export async function listRounds(
  db: Kysely<Database>,
  scope: NetworkScope,
  limit = 50,
): Promise<RoundSummary[]> {
  let query = db.selectFrom('match_rounds').selectAll();
  if (!scope.all)
    query =
      scope.ids.length > 0
        ? query.where('network_id', 'in', scope.ids)
        : query.where((eb) => eb.lit(false));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map((row) => {
    const { stats } = proposalOf(row);
    return {
      id: row.id,
      networkId: row.network_id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      state: row.state,
      createdAt: row.created_at,
      committedAt: row.committed_at,
      groups: stats.groups,
      matched: stats.matched,
      leftOut: stats.leftOut,
    };
  });
}
