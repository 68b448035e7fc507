import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NetworkList } from '@ods/shared/api/console';
import { apiRequest } from '../api/api-client.ts';

/** GET /api/console/networks: the networks one runs (every network for an admin). */
export const networksQuery = queryOptions({
  queryKey: ['console', 'networks'] as const,
  queryFn: () => apiRequest<NetworkList>('GET', '/api/console/networks'),
});

/** The networks one runs: the console and the round form choose among them. */
export const useNetworks = () => useQuery(networksQuery);
