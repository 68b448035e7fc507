import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SparNowRequest, SparNowResult } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';

/**
 * POST /api/sessions/spar-now: a coordinator starts an ad-hoc session within the hour. A
 * repeat with the same key (a double click, a retry) answers with the session started first.
 */
export function sparNow({
  body,
  key,
}: {
  body: SparNowRequest;
  key: string;
}): Promise<SparNowResult> {
  return apiRequest('POST', '/api/sessions/spar-now', body, { idempotencyKey: key });
}

export function useSparNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sparNow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
  });
}
