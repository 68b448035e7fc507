import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TokenBody } from '@ods/shared/api/auth';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { profileQueryKey } from '../../../lib/queries/profile.ts';
import { sessionQueryKey } from '../../../lib/queries/session.ts';

/** POST /api/auth/email-change: confirms a new e-mail address with the token mailed to it. */
export function confirmEmailChange(body: TokenBody): Promise<unknown> {
  return apiRequest('POST', '/api/auth/email-change', body);
}

/** Mutation hook: confirms the address, then reloads the session and profile that show it. */
export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailChange,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
        queryClient.invalidateQueries({ queryKey: profileQueryKey }),
      ]);
    },
  });
}
