import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { apiRequest } from '../api/api-client.ts';

// One session, as its participants and coordinators see it. The session page's header, its
// video room and its notes all read it, so it lives in lib.

export const sessionDetailsQueryKey = (id: string) => ['sessions', id] as const;

/** GET /api/sessions/:id: a 404 for a session that does not exist or is not for this reader. */
export function getSessionDetails(id: string): Promise<SessionDetails> {
  return apiRequest('GET', `/api/sessions/${encodeURIComponent(id)}`);
}

export function sessionDetailsQueryOptions(id: string) {
  return queryOptions({
    queryKey: sessionDetailsQueryKey(id),
    queryFn: () => getSessionDetails(id),
  });
}

/** One session; not retried, since a 404 will not go away. */
export function useSessionDetails(id: string) {
  return useQuery({ ...sessionDetailsQueryOptions(id), retry: false });
}
