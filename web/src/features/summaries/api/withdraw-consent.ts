import type { SummaryView } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useSummaryMutation } from './use-summary-mutation.ts';

/** POST …/summary/withdraw: withdraws consent; a published summary leaves the library at once. */
export function withdrawConsent(sessionId: string): Promise<SummaryView> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/summary/withdraw`);
}

export function useWithdrawConsent() {
  return useSummaryMutation(withdrawConsent);
}
