import type { CaseDetails, CaseInput } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** POST /api/cases: a new draft. */
export function createCase(input: CaseInput): Promise<CaseDetails> {
  return apiRequest('POST', '/api/cases', input);
}

/** Mutation hook for a new draft. */
export function useCreateCase() {
  return useCaseMutation(createCase);
}
