import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MySessions } from '@ods/shared/api/sessions';
import { apiRequest } from '../../../lib/api/api-client.ts';

export const mySessionsQueryKey = ['my-sessions'] as const;

/** GET /api/sessions: the signed-in person's upcoming and past sessions. */
export function getMySessions(): Promise<MySessions> {
  return apiRequest('GET', '/api/sessions');
}

export const mySessionsQueryOptions = queryOptions({
  queryKey: mySessionsQueryKey,
  queryFn: getMySessions,
});

/** The sessions query of "Mijn sessies". */
export function useMySessions() {
  return useQuery(mySessionsQueryOptions);
}
