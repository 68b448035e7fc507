import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Municipality } from '@ods/shared/api/reference';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** The labour-market regions, from GET /api/municipalities: the library's region filter. */
export async function getRegions(): Promise<string[]> {
  const municipalities = await apiRequest<Municipality[]>('GET', '/api/municipalities');
  return [...new Set(municipalities.map((m) => m.region))].sort((a, b) => a.localeCompare(b, 'nl'));
}

// Reference data changes with a release, not during a visit.
export const regionsQueryOptions = queryOptions({
  queryKey: ['library', 'regions'] as const,
  queryFn: getRegions,
  staleTime: Infinity,
});

export function useRegions() {
  return useQuery(regionsQueryOptions);
}
