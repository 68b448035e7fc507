import type { Kysely, Selectable } from 'kysely';
import type { Database, MatchRoundsTable } from '@ods/db';
import { ROUND_PAGE, type Round, type RoundSettings, type RoundSummary } from '@ods/shared';
import type { NetworkScope } from '../../domain/networks/network-scope.ts';
import type { PoolNetwork } from './pool-members.ts';
import { ProposalCache } from './proposal-cache.ts';
import type { StoredProposal } from './round-proposal.ts';

type RoundRow = Selectable<MatchRoundsTable>;

export interface NewRound {
  id: string;
  periodStart: string;
  periodEnd: string;
  settings: RoundSettings;
  /** The proposal, or its JSON already made (by the worker thread that built it). */
  proposal: StoredProposal | string;
  proposedBy: string | null;
  createdAt: string;
  network: PoolNetwork | null;
  /** The matcher's input (encodeMatchInput), so the proposal can be adjusted. */
  matchInput?: string;
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
      proposal:
        typeof round.proposal === 'string' ? round.proposal : JSON.stringify(round.proposal),
      proposed_by: round.proposedBy,
      created_at: round.createdAt,
      committed_at: null,
      network_id: round.network?.id ?? null,
      open_to_other_networks: round.network?.openToOtherNetworks ? 1 : 0,
      match_input: round.matchInput ?? null,
    })
    .execute();
}

/** Removes a round that is still only a proposal (one whose proposal was cancelled). */
export async function deleteProposedRound(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .deleteFrom('match_rounds')
    .where('id', '=', id)
    .where('state', '=', 'proposed')
    .execute();
}

/** The stored proposal of a round row. */
export function proposalOf(row: Pick<RoundRow, 'proposal'>): StoredProposal {
  return JSON.parse(row.proposal) as StoredProposal;
}

/** Every column but the matcher's input (large; read only to adjust), and whether it is there. */
type ShownRow = Omit<RoundRow, 'match_input'> & { has_input: number };

function selectShown(db: Kysely<Database>) {
  return db
    .selectFrom('match_rounds')
    .select([
      'id',
      'period_start',
      'period_end',
      'state',
      'settings',
      'proposed_by',
      'created_at',
      'committed_at',
      'network_id',
      'open_to_other_networks',
      'version',
    ])
    .select((eb) =>
      eb.case().when('match_input', 'is', null).then(0).else(1).end().as('has_input'),
    );
}

// Per database handle (each app its own): two proposals of 10 000 people (4 M characters of
// JSON each) fit, a few tens of MiB once parsed.
const caches = new WeakMap<Kysely<Database>, ProposalCache>();
const PROPOSAL_CACHE_CHARS = 8_000_000;

function cacheOf(db: Kysely<Database>): ProposalCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ProposalCache(PROPOSAL_CACHE_CHARS)));
  return cache;
}

/** Which page of a round's groups and left-out list to read; absent: the first, default size. */
export interface RoundPageRequest {
  groupOffset?: number | undefined;
  groupLimit?: number | undefined;
  leftOutOffset?: number | undefined;
  leftOutLimit?: number | undefined;
}

function rowToRound(
  row: Omit<ShownRow, 'proposal'>,
  proposal: StoredProposal,
  page: RoundPageRequest,
): Round {
  const groupOffset = page.groupOffset ?? 0;
  const leftOutOffset = page.leftOutOffset ?? 0;
  const groupEnd = groupOffset + (page.groupLimit ?? ROUND_PAGE.groupsDefault);
  const leftOutEnd = leftOutOffset + (page.leftOutLimit ?? ROUND_PAGE.leftOutDefault);
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
    groups: proposal.groups.slice(groupOffset, groupEnd),
    leftOut: proposal.leftOut.slice(leftOutOffset, leftOutEnd),
    page: {
      groupOffset,
      groupsTotal: proposal.groups.length,
      leftOutOffset,
      leftOutTotal: proposal.leftOut.length,
    },
    version: row.version,
    adjustable: row.state === 'proposed' && Number(row.has_input) === 1,
    objective: proposal.objective?.total ?? null,
  };
}

/** One round with a page of its proposal (the first by default), or undefined. */
export async function findRound(
  db: Kysely<Database>,
  id: string,
  page: RoundPageRequest = {},
): Promise<Round | undefined> {
  const cache = cacheOf(db);
  const head = await selectShown(db).where('id', '=', id).executeTakeFirst();
  if (!head) return undefined;
  const cached = cache.get(id, head);
  if (cached) return rowToRound(head, cached, page);
  // Read again with the proposal: the one cached goes with the stamp of the same read, and
  // the answer takes that read's columns too (its version is the one of those groups).
  const loaded = await cache.once(id, async () => {
    const row = await selectShown(db).select('proposal').where('id', '=', id).executeTakeFirst();
    return row && { row, proposal: cache.set(id, row, row.proposal, proposalOf(row)) };
  });
  return loaded && rowToRound(loaded.row, loaded.proposal, page);
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
