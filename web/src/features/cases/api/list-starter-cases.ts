import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StarterCaseSummary } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { caseQueryKeys } from './case-query-keys.ts';

/** GET /api/cases/starters: the library of fictional example cases. */
export function listStarterCases(): Promise<StarterCaseSummary[]> {
  return apiRequest<StarterCaseSummary[]>('GET', '/api/cases/starters');
}

// The library ships with a release; it does not change during a visit.
export const starterCasesQueryOptions = queryOptions({
  queryKey: caseQueryKeys.starters,
  queryFn: listStarterCases,
  staleTime: Infinity,
});

/** The starter library. */
export function useStarterCases() {
  return useQuery(starterCasesQueryOptions);
}
