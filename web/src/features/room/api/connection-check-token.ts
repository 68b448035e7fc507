import type { RoomToken } from '@ods/shared/api/room';
import { apiRequest } from '../../../lib/api/api-client.ts';

/**
 * POST /api/sessions/:id/connection-check: a short-lived token for a throw-away room of one's
 * own, to test the network without entering the session's room.
 */
export function requestConnectionCheckToken(sessionId: string): Promise<RoomToken> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/connection-check`);
}
