import type { CaseDetails, MarkReadyRequest } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/**
 * POST /api/cases/:id/ready: the server runs the guard again; a valid BSN or IBAN, or a warning
 * not confirmed as fictional, gives a 422.
 */
export function markCaseReady({
  id,
  body,
}: {
  id: string;
  body: MarkReadyRequest;
}): Promise<CaseDetails> {
  return apiRequest('POST', `/api/cases/${encodeURIComponent(id)}/ready`, body);
}

/** Mutation hook for "Klaar voor gebruik". */
export function useMarkCaseReady() {
  return useCaseMutation(markCaseReady);
}
