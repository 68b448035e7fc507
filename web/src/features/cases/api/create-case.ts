import type { CaseDetails, CaseInput } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** POST /api/cases: a new draft; a repeat with the same key answers with the same draft. */
export function createCase({
  input,
  key,
}: {
  input: CaseInput;
  key: string;
}): Promise<CaseDetails> {
  return apiRequest('POST', '/api/cases', input, { idempotencyKey: key });
}

/** Mutation hook for a new draft. */
export function useCreateCase() {
  return useCaseMutation(createCase);
}
