import type { CaseDetails } from '@ods/shared/api/cases';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** POST /api/cases/starters/:slug/copy: an example becomes a draft of my own. */
export function copyStarterCase({
  slug,
  key,
}: {
  slug: string;
  key: string;
}): Promise<CaseDetails> {
  return apiRequest('POST', `/api/cases/starters/${encodeURIComponent(slug)}/copy`, undefined, {
    idempotencyKey: key,
  });
}

/** Mutation hook for "kopiëren en aanpassen". */
export function useCopyStarterCase() {
  return useCaseMutation(copyStarterCase);
}
