import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TimeOptions } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** The key of one session's time options; votes and proposals refresh it. */
export const timeOptionsQueryKey = (sessionId: string) => ['time-options', sessionId] as const;

/** GET /api/sessions/:id/time-options: other times the whole group can make, and the proposals. */
export function getTimeOptions(sessionId: string): Promise<TimeOptions> {
  return apiRequest('GET', `/api/sessions/${sessionId}/time-options`);
}

export const timeOptionsQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: timeOptionsQueryKey(sessionId),
    queryFn: () => getTimeOptions(sessionId),
  });

/** The time options of a session the viewer takes part in. */
export function useTimeOptions(sessionId: string) {
  return useQuery(timeOptionsQueryOptions(sessionId));
}
