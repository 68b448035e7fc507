import { useQuery } from '@tanstack/react-query';
import type { ParticipationMap } from '@ods/shared/api/participation';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** GET /api/console/networks/:id/overview/municipalities: professionals per municipality. */
export function getParticipation(networkId: string): Promise<ParticipationMap> {
  return apiRequest<ParticipationMap>(
    'GET',
    `/api/console/networks/${encodeURIComponent(networkId)}/overview/municipalities`,
  );
}

/** The overview map's counts of one network. */
export function useParticipation(networkId: string) {
  return useQuery({
    queryKey: ['console', 'participation', networkId],
    queryFn: () => getParticipation(networkId),
  });
}
