import { useMutation } from '@tanstack/react-query';
import type { LoginLinkRequest } from '@ods/shared/api/auth';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** POST /api/auth/login-link: mails a single-use sign-in link (202, also for unknown addresses). */
export function requestLoginLink(input: LoginLinkRequest): Promise<{ message: string }> {
  return apiRequest('POST', '/api/auth/login-link', input);
}

/** Mutation hook for requesting a sign-in link. */
export function useRequestLoginLink() {
  return useMutation({ mutationFn: requestLoginLink });
}
