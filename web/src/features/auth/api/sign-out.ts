import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { endSession } from '../../../lib/queries/session.ts';

/** POST /api/auth/logout: ends the session (204). */
export function signOut(): Promise<void> {
  return apiRequest('POST', '/api/auth/logout');
}

/**
 * Mutation hook: signs out, calls `leavePage` (navigate away from signed-in pages before the
 * guard notices), then forgets every cached answer of the signed-in person.
 */
export function useSignOut(leavePage: () => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await leavePage();
      await endSession(queryClient);
    },
  });
}
