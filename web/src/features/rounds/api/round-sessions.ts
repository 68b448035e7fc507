import { useQuery } from '@tanstack/react-query';
import type { RoundSessions } from '@ods/shared/api/rounds';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { roundQueryKey } from './round.ts';

/** GET /api/rounds/:id/sessions: where each session of a committed round stands. */
export function getRoundSessions(id: string): Promise<RoundSessions> {
  return apiRequest<RoundSessions>('GET', `/api/rounds/${encodeURIComponent(id)}/sessions`);
}

/** The sessions' states, read while the round is committed; idle for a proposal. */
export function useRoundSessions(id: string, committed: boolean) {
  return useQuery({
    queryKey: [...roundQueryKey(id), 'sessions'] as const,
    queryFn: () => getRoundSessions(id),
    enabled: committed,
    // Right after the commit the inviter is about to send the invitations: read again until
    // every session has gone out, so the page shows it without a reload.
    refetchInterval: (query) =>
      query.state.data?.sessions.some((s) => s.state === 'proposed') ? 15_000 : false,
  });
}
