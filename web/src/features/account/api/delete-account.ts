import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { endSession } from '../../../lib/queries/session.ts';

/** DELETE /api/account: removes the account and everything personal in it (204). */
export function deleteAccount(): Promise<void> {
  return apiRequest('DELETE', '/api/account');
}

/** Mutation hook: deletes the account and drops everything cached about it. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteAccount, onSuccess: () => endSession(queryClient) });
}
