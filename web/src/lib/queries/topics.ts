import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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

/** The topic list, used to name topics anywhere (also retired ones). */
export function useTopics() {
  return useQuery(topicsQueryOptions);
}

/** Whose topics to offer: the networks of an organisation, or one network (its staff). */
export type TopicsFor = { organisation: string } | { network: string };

/** GET /api/topics?organisation=… or ?network=…: the topics one may pick now. */
export function offeredTopicsQueryOptions(forWhom: TopicsFor) {
  const query = new URLSearchParams(forWhom).toString();
  return queryOptions({
    queryKey: ['topics', 'offered', forWhom] as const,
    queryFn: () => apiRequest<Topic[]>('GET', `/api/topics?${query}`),
    // A coordinator may retire or add a topic during someone's visit; a minute is soon enough.
    staleTime: 60_000,
  });
}

/**
 * The topics a picker offers: the selection of the networks (no `forWhom`: the whole
 * taxonomy), plus those already chosen (`keep`), which stay even when a network has retired
 * them since, so a profile or case keeps working. In the taxonomy's order.
 */
export function useOfferedTopics(forWhom: TopicsFor | undefined, keep: readonly string[] = []) {
  const all = useTopics();
  const offered = useQuery({
    ...offeredTopicsQueryOptions(forWhom ?? { organisation: '' }),
    enabled: forWhom !== undefined,
    // Another organisation chosen: the previous list stays until the new one is there.
    placeholderData: keepPreviousData,
  });
  const ready = all.data !== undefined && (forWhom === undefined || offered.data !== undefined);
  const names = new Map((offered.data ?? []).map((topic) => [topic.slug, topic]));
  const data = ready
    ? forWhom === undefined
      ? all.data
      : all.data.flatMap((topic) =>
          names.has(topic.slug)
            ? [names.get(topic.slug)!]
            : keep.includes(topic.slug)
              ? [topic]
              : [],
        )
    : undefined;
  return {
    data,
    isPending: !ready && !all.isError && !offered.isError,
    isError: all.isError || offered.isError,
    refetch: () => Promise.all([all.refetch(), offered.refetch()]),
  };
}
