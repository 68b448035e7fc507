import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { endSession } from '../../../lib/queries/session.ts';

/** POST /api/auth/logout: ends the session (204). */
export function signOut(): Promise<void> {
  return apiRequest('POST', '/api/auth/logout');
}

/** Mutation hook: signs out and forgets every cached answer of the signed-in person. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => endSession(queryClient),
  });
}
