import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProposeRoundRequest, Round } from '@ods/shared/api/rounds';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { roundQueryKey } from './round.ts';

/** POST /api/rounds: proposes a round for a period (a dry run; nothing is planned yet). */
export function proposeRound(body: ProposeRoundRequest): Promise<Round> {
  return apiRequest('POST', '/api/rounds', body);
}

/** Mutation hook for proposing; the new round goes straight into the cache. */
export function useProposeRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeRound,
    onSuccess: (round) => queryClient.setQueryData(roundQueryKey(round.id), round),
  });
}
