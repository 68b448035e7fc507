import { queryOptions, useQuery } from '@tanstack/react-query';
import { ROUND_PAGE, type Round, type RoundLeftOut, type RoundGroup } from '@ods/shared/api/rounds';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** The cache key of one round; propose and commit store their answers under it. */
export const roundQueryKey = (id: string) => ['rounds', id] as const;

/** Which part of the groups and the left-out list to ask for (the first page when absent). */
export interface RoundPageRequest {
  groupOffset?: number;
  groupLimit?: number;
  leftOutOffset?: number;
  leftOutLimit?: number;
}

/**
 * GET /api/rounds/:id: a round with one page of its groups and of who is left out, and their
 * totals in `page` (coordinators only).
 */
export function getRound(id: string, page: RoundPageRequest = {}): Promise<Round> {
  const query = new URLSearchParams(
    Object.entries(page).map(([name, value]) => [name, String(value)]),
  ).toString();
  return apiRequest<Round>(
    'GET',
    `/api/rounds/${encodeURIComponent(id)}${query ? `?${query}` : ''}`,
  );
}

export const roundQueryOptions = (id: string) =>
  queryOptions({ queryKey: roundQueryKey(id), queryFn: () => getRound(id) });

/** The round query; idle while no round is chosen. */
export function useRound(id: string | null) {
  return useQuery({ ...roundQueryOptions(id ?? ''), enabled: id !== null });
}

/** How many groups and left-out people a coordinator asked to see beyond the first page. */
export interface RoundExtra {
  groups: number;
  leftOut: number;
}

/**
 * The groups and left-out people after the round's first page, up to `extra` more of each, in
 * pages the server answers. Read again when the round changes (its version or state), so what
 * is shown below the first page is the proposal as it is now.
 */
async function getMore(round: Round, extra: RoundExtra) {
  const groups: RoundGroup[] = [];
  const leftOut: RoundLeftOut[] = [];
  const groupsFrom = round.page.groupOffset + round.groups.length;
  const leftOutFrom = round.page.leftOutOffset + round.leftOut.length;
  while (groups.length < extra.groups || leftOut.length < extra.leftOut) {
    const page = await getRound(round.id, {
      groupOffset: groupsFrom + groups.length,
      groupLimit: Math.min(ROUND_PAGE.groupsMax, Math.max(0, extra.groups - groups.length)),
      leftOutOffset: leftOutFrom + leftOut.length,
      leftOutLimit: Math.min(ROUND_PAGE.leftOutMax, Math.max(0, extra.leftOut - leftOut.length)),
    });
    if (page.groups.length + page.leftOut.length === 0) break;
    groups.push(...page.groups);
    leftOut.push(...page.leftOut);
  }
  return { version: round.version, state: round.state, groups, leftOut };
}

/**
 * The round with the further pages a coordinator asked for ("Meer groepen tonen"), as one
 * round whose groups and left-out list start at the first: group numbers and the adjust
 * controls' group indexes stay those of the whole proposal.
 */
export function useRoundWithMore(round: Round, extra: RoundExtra) {
  const wanted = extra.groups > 0 || extra.leftOut > 0;
  const more = useQuery({
    queryKey: [...roundQueryKey(round.id), 'more', round.version, round.state, extra] as const,
    queryFn: () => getMore(round, extra),
    enabled: wanted,
    // While the next page loads the pages shown so far stay, unless the round changed since.
    placeholderData: (previous) =>
      previous?.version === round.version && previous.state === round.state ? previous : undefined,
  });
  const data = wanted ? more.data : undefined;
  return {
    round: data
      ? {
          ...round,
          groups: [...round.groups, ...data.groups],
          leftOut: [...round.leftOut, ...data.leftOut],
        }
      : round,
    loading: more.isFetching,
    failed: more.isError,
  };
}
