import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VoteRequest } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';
import { timeOptionsQueryKey } from './time-options.ts';

/** POST /api/sessions/:id/proposals/:proposalId/vote: agree or not with a proposed time. */
export function voteOnProposal(
  sessionId: string,
  proposalId: string,
  body: VoteRequest,
): Promise<void> {
  return apiRequest('POST', `/api/sessions/${sessionId}/proposals/${proposalId}/vote`, body);
}

/** Mutation hook; the last yes moves the session, so the session list is read again too. */
export function useVoteOnProposal(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, accept }: { proposalId: string; accept: boolean }) =>
      voteOnProposal(sessionId, proposalId, { accept }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: timeOptionsQueryKey(sessionId) }),
        queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
      ]),
  });
}
