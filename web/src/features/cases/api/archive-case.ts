import type { CaseDetails } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** POST /api/cases/:id/archive: out of use for good; it stays readable for its owner. */
export function archiveCase(id: string): Promise<CaseDetails> {
  return apiRequest('POST', `/api/cases/${encodeURIComponent(id)}/archive`);
}

/** Mutation hook for archiving. */
export function useArchiveCase() {
  return useCaseMutation(archiveCase);
}
