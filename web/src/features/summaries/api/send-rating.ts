import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RatingRequest } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { summaryQueryKeys } from './summary-query-keys.ts';

/** POST /api/sessions/:id/rating: the one-click rating and spar-again choices (asked once). */
export function sendRating({
  sessionId,
  request,
}: {
  sessionId: string;
  request: RatingRequest;
}): Promise<void> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/rating`, request);
}

export function useSendRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendRating,
    onSuccess: async (_done, { sessionId }) => {
      await queryClient.invalidateQueries({ queryKey: summaryQueryKeys.one(sessionId) });
      await queryClient.invalidateQueries({ queryKey: summaryQueryKeys.mine });
    },
  });
}
