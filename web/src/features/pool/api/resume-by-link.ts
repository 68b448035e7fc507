import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TokenBody } from '@ods/shared/api/auth';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { profileQueryKey } from '../../../lib/queries/profile.ts';

/** POST /api/pool/resume: back in the pool with the link from the "do you still take part?" mail. */
export function resumeByLink(body: TokenBody): Promise<{ message: string }> {
  return apiRequest('POST', '/api/pool/resume', body);
}

export function useResumeByLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resumeByLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKey }),
  });
}
