import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OpenConsentRequest } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { openConsentRequestsKey } from './consent-link.ts';

/** GET /api/me/consent-requests: the summaries waiting for my answer. */
export function getOpenConsentRequests(): Promise<OpenConsentRequest[]> {
  return apiRequest('GET', '/api/me/consent-requests');
}

export const openConsentRequestsOptions = queryOptions({
  queryKey: openConsentRequestsKey,
  queryFn: getOpenConsentRequests,
});

export function useOpenConsentRequests(enabled: boolean) {
  return useQuery({ ...openConsentRequestsOptions, enabled });
}
