import type { CaseDetails, CaseInput } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** PUT /api/cases/:id: replaces the texts of a draft. */
export function updateCase({ id, input }: { id: string; input: CaseInput }): Promise<CaseDetails> {
  return apiRequest('PUT', `/api/cases/${encodeURIComponent(id)}`, input);
}

/** Mutation hook for saving a draft. */
export function useUpdateCase() {
  return useCaseMutation(updateCase);
}
