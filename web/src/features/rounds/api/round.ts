import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Round } from '@ods/shared/api/rounds';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** The cache key of one round; propose and commit store their answers under it. */
export const roundQueryKey = (id: string) => ['rounds', id] as const;

/** GET /api/rounds/:id: a round with its groups and who is left out (coordinators only). */
export function getRound(id: string): Promise<Round> {
  return apiRequest<Round>('GET', `/api/rounds/${encodeURIComponent(id)}`);
}

export const roundQueryOptions = (id: string) =>
  queryOptions({ queryKey: roundQueryKey(id), queryFn: () => getRound(id) });

/** The round query; idle while no round is chosen. */
export function useRound(id: string | null) {
  return useQuery({ ...roundQueryOptions(id ?? ''), enabled: id !== null });
}
