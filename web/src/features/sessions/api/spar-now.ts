import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SparNowRequest, SparNowResult } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';

/** POST /api/sessions/spar-now: a coordinator starts an ad-hoc session within the hour. */
export function sparNow(body: SparNowRequest): Promise<SparNowResult> {
  return apiRequest('POST', '/api/sessions/spar-now', body);
}

export function useSparNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sparNow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
  });
}
