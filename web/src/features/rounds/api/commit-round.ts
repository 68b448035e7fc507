import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round } from '@ods/shared/api/rounds';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { roundQueryKey } from './round.ts';

/**
 * POST /api/rounds/:id/commit?version=N: turns the proposed groups into sessions, once; the
 * version makes sure what is committed is the proposal the coordinator saw.
 */
export function commitRound({ id, version }: { id: string; version: number }): Promise<Round> {
  return apiRequest('POST', `/api/rounds/${encodeURIComponent(id)}/commit?version=${version}`);
}

/** Mutation hook for committing; on a refusal the round is read again to show its state. */
export function useCommitRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitRound,
    onSuccess: (round) => queryClient.setQueryData(roundQueryKey(round.id), round),
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: roundQueryKey(id) }),
  });
}
