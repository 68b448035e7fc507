import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReplyRequest, ReplyResult } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';

/** POST /api/replies: the confirmation button of a mailed reply link; here the reply is stored. */
export function confirmReply(body: ReplyRequest): Promise<ReplyResult> {
  return apiRequest('POST', '/api/replies', body);
}

/** Mutation hook for the confirmation page. */
export function useConfirmReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmReply,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
  });
}
