import { useMutation } from '@tanstack/react-query';
import type { EmailChangeRequest } from '@ods/shared/api/auth';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** POST /api/account/email-change: mails a confirmation link to the new address (202). */
export function requestEmailChange(body: EmailChangeRequest): Promise<unknown> {
  return apiRequest('POST', '/api/account/email-change', body);
}

/** Mutation hook for asking to change the e-mail address. */
export function useRequestEmailChange() {
  return useMutation({ mutationFn: requestEmailChange });
}
