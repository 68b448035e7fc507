import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProposalRequest } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';
import { timeOptionsQueryKey } from './time-options.ts';

/** POST /api/sessions/:id/proposals: propose another common time; the proposer agrees with it. */
export function proposeTime(sessionId: string, body: ProposalRequest): Promise<{ id: string }> {
  return apiRequest('POST', `/api/sessions/${sessionId}/proposals`, body);
}

/** Mutation hook; the proposals and (in a group of one yes) the session are read again. */
export function useProposeTime(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalRequest) => proposeTime(sessionId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: timeOptionsQueryKey(sessionId) }),
        queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
      ]),
  });
}
