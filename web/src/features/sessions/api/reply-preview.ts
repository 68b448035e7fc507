import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReplyPreview } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** GET /api/replies/:token: what a mailed reply link would do; changes nothing. */
export function getReplyPreview(token: string): Promise<ReplyPreview> {
  return apiRequest('GET', `/api/replies/${encodeURIComponent(token)}`);
}

export const replyPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['reply-preview', token] as const,
    queryFn: () => getReplyPreview(token),
    retry: false,
  });

/** The confirmation page's query. */
export function useReplyPreview(token: string) {
  return useQuery(replyPreviewQueryOptions(token));
}
