import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentLinkRequest, SummaryView } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { summaryQueryKeys } from './summary-query-keys.ts';

/** GET /api/consent-links/:token: the summary a consent mail is about; changes nothing. */
export function getConsentLink(token: string): Promise<SummaryView> {
  return apiRequest('GET', `/api/consent-links/${encodeURIComponent(token)}`);
}

export const consentLinkQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['consent-link', token] as const,
    queryFn: () => getConsentLink(token),
    retry: false,
  });

export function useConsentLink(token: string) {
  return useQuery(consentLinkQueryOptions(token));
}

/** POST /api/consent-links: the answer given on that page (signed in or not). */
export function answerConsentLink(body: ConsentLinkRequest): Promise<SummaryView> {
  return apiRequest('POST', '/api/consent-links', body);
}

export function useAnswerConsentLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerConsentLink,
    onSuccess: async (view) => {
      queryClient.setQueryData(consentLinkQueryOptions(token).queryKey, view);
      await queryClient.invalidateQueries({ queryKey: summaryQueryKeys.mine });
      await queryClient.invalidateQueries({ queryKey: openConsentRequestsKey });
    },
  });
}

export const openConsentRequestsKey = ['summaries', 'consent-requests'] as const;
