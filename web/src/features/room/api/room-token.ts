import { useMutation } from '@tanstack/react-query';
import type { RoomToken } from '@ods/shared/api/room';
import { apiRequest } from '../../../lib/api/api-client.ts';

/**
 * POST /api/sessions/:id/room-token: a token for this session's room, for its participants
 * while the room is open. A 403 says why not (e.g. when the room opens).
 */
export function requestRoomToken(sessionId: string): Promise<RoomToken> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/room-token`);
}

/** Asks for a token when the person chooses to join. */
export function useRoomToken() {
  return useMutation({ mutationFn: requestRoomToken });
}
