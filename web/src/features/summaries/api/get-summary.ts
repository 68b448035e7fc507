import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SummaryView } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { summaryQueryKeys } from './summary-query-keys.ts';

/** GET /api/sessions/:id/summary: the summary for a participant (404 for anyone else). */
export function getSummary(sessionId: string): Promise<SummaryView> {
  return apiRequest('GET', `/api/sessions/${encodeURIComponent(sessionId)}/summary`);
}

export function summaryQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: summaryQueryKeys.one(sessionId),
    queryFn: () => getSummary(sessionId),
  });
}

/** A session's summary; 404 means it is not for this reader, 409 that the session is not held yet. */
export function useSummary(sessionId: string) {
  return useQuery({ ...summaryQueryOptions(sessionId), retry: false });
}
