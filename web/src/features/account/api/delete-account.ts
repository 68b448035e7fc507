import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { endSession } from '../../../lib/queries/session.ts';

/** DELETE /api/account: removes the account and everything personal in it (204). */
export function deleteAccount(): Promise<void> {
  return apiRequest('DELETE', '/api/account');
}

/**
 * Mutation hook: deletes the account, calls `leavePage` (which must navigate away from the
 * signed-in pages first, or the sign-in guard would redirect), then drops the cached session.
 */
export function useDeleteAccount(leavePage: () => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      await leavePage();
      await endSession(queryClient);
    },
  });
}
