import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionState, TokenBody } from '@ods/shared/api/auth';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { forgetCachedAnswers, storeSession } from '../../../lib/queries/session.ts';

/** POST /api/auth/session: uses the token from the mailed link and starts a session. */
export function signInWithToken(body: TokenBody): Promise<SessionState> {
  return apiRequest('POST', '/api/auth/session', body);
}

/** Mutation hook: signs in and makes the new session (and its CSRF token) current everywhere. */
export function useSignInWithToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithToken,
    onSuccess: (session) => {
      // Anything cached belonged to the previous (anonymous or other) session.
      forgetCachedAnswers(queryClient);
      storeSession(queryClient, session);
    },
  });
}
