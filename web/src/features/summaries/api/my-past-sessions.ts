import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PastSessionSummary } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { summaryQueryKeys } from './summary-query-keys.ts';

/** GET /api/summaries/mine: my held sessions, each with its summary's state and my to-dos. */
export function getMyPastSessions(): Promise<PastSessionSummary[]> {
  return apiRequest('GET', '/api/summaries/mine');
}

export const myPastSessionsQueryOptions = queryOptions({
  queryKey: summaryQueryKeys.mine,
  queryFn: getMyPastSessions,
});

export function useMyPastSessions() {
  return useQuery(myPastSessionsQueryOptions);
}
