import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReplyResult, SessionReplyRequest } from '@ods/shared/api/scheduling';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { mySessionsQueryKey } from './my-sessions.ts';

/** POST /api/sessions/:id/reply: accept or decline as the signed-in participant. */
export function replyToSession(sessionId: string, body: SessionReplyRequest): Promise<ReplyResult> {
  return apiRequest('POST', `/api/sessions/${sessionId}/reply`, body);
}

/** Mutation hook; the session list is read again afterwards (a decline can change the group). */
export function useReplyToSession(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionReplyRequest) => replyToSession(sessionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
  });
}

/** GET /api/sessions/:id/calendar.ics: a plain link downloads it with the session cookie. */
export const sessionCalendarUrl = (sessionId: string) => `/api/sessions/${sessionId}/calendar.ics`;
