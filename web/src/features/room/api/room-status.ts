import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoomStatus } from '@ods/shared/api/room';
import { apiRequest } from '../../../lib/api/api-client.ts';

export const roomStatusQueryKey = (sessionId: string) => ['sessions', sessionId, 'room'] as const;

/** GET /api/sessions/:id/room: whether there is video, when the room is open, who may join. */
export function getRoomStatus(sessionId: string): Promise<RoomStatus> {
  return apiRequest('GET', `/api/sessions/${encodeURIComponent(sessionId)}/room`);
}

export function roomStatusQueryOptions(sessionId: string) {
  return queryOptions({
    queryKey: roomStatusQueryKey(sessionId),
    queryFn: () => getRoomStatus(sessionId),
  });
}

/** The room's status; asked again whenever the page comes back into view. */
export function useRoomStatus(sessionId: string) {
  return useQuery({ ...roomStatusQueryOptions(sessionId), retry: false });
}

/** While the room is open the page looks again every 15 seconds, so "2 in de ruimte" stays true. */
export function useRoomPresence(sessionId: string) {
  return useQuery({
    ...roomStatusQueryOptions(sessionId),
    retry: false,
    refetchInterval: (query) => (query.state.data?.phase === 'open' ? 15_000 : false),
  });
}
