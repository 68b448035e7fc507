import type { ConsentRequest, SummaryView } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useSummaryMutation } from './use-summary-mutation.ts';

/** POST …/summary/consent: agrees to publish this version (422 with findings from the guard). */
export function giveConsent({
  sessionId,
  request,
}: {
  sessionId: string;
  request: ConsentRequest;
}): Promise<SummaryView> {
  return apiRequest(
    'POST',
    `/api/sessions/${encodeURIComponent(sessionId)}/summary/consent`,
    request,
  );
}

export function useGiveConsent() {
  return useSummaryMutation(giveConsent);
}
