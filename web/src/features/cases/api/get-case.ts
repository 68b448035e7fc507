import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseDetails } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { caseQueryKeys } from './case-query-keys.ts';

/** GET /api/cases/:id: one case, for its owner or a participant of the session using it. */
export function getCase(id: string): Promise<CaseDetails> {
  return apiRequest<CaseDetails>('GET', `/api/cases/${encodeURIComponent(id)}`);
}

export function caseQueryOptions(id: string) {
  return queryOptions({ queryKey: caseQueryKeys.one(id), queryFn: () => getCase(id) });
}

/** One case; a 404 means it does not exist or is not for this reader. */
export function useCase(id: string) {
  return useQuery({ ...caseQueryOptions(id), retry: false });
}
