import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { caseQueryKeys } from './case-query-keys.ts';

/** GET /api/cases: the signed-in person's cases, most recently changed first. */
export function listMyCases(): Promise<CaseSummary[]> {
  return apiRequest<CaseSummary[]>('GET', '/api/cases');
}

export const myCasesQueryOptions = queryOptions({
  queryKey: caseQueryKeys.mine,
  queryFn: listMyCases,
});

/** My cases. */
export function useMyCases() {
  return useQuery(myCasesQueryOptions);
}
