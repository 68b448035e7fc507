import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Topic } from '@ods/shared/api/reference';
import { apiRequest } from '../api/api-client.ts';

/** GET /api/topics: the expertise taxonomy, with Dutch and English names. */
export function getTopics(): Promise<Topic[]> {
  return apiRequest<Topic[]>('GET', '/api/topics');
}

// Reference data changes with a release, not during a visit.
export const topicsQueryOptions = queryOptions({
  queryKey: ['topics'] as const,
  queryFn: getTopics,
  staleTime: Infinity,
});

/** The topic list, used by the profile form and to name topics elsewhere. */
export function useTopics() {
  return useQuery(topicsQueryOptions);
}
