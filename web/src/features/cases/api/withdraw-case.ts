import type { CaseDetails } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** POST /api/cases/:id/withdraw: a ready case back to draft, to edit it. */
export function withdrawCase(id: string): Promise<CaseDetails> {
  return apiRequest('POST', `/api/cases/${encodeURIComponent(id)}/withdraw`);
}

/** Mutation hook for withdrawing. */
export function useWithdrawCase() {
  return useCaseMutation(withdrawCase);
}
