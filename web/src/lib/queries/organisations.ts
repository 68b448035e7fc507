import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@ods/shared/api/reference';
import { apiRequest } from '../api/api-client.ts';

/** GET /api/organisations: every municipality and social-domain organisation (a few hundred). */
export function getOrganisations(): Promise<Organisation[]> {
  return apiRequest<Organisation[]>('GET', '/api/organisations');
}

// Small enough to load once and filter in the browser, which keeps typing instant.
export const organisationsQueryOptions = queryOptions({
  queryKey: ['organisations'] as const,
  queryFn: getOrganisations,
  staleTime: Infinity,
});

/** All organisations, for the organisation pickers. */
export function useOrganisations() {
  return useQuery(organisationsQueryOptions);
}
