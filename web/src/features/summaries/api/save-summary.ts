import type { SaveSummaryRequest, SummaryView } from '@ods/shared/api/summaries';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useSummaryMutation } from './use-summary-mutation.ts';

/** PUT /api/sessions/:id/summary: saves over the version the editor started from (409 if stale). */
export function saveSummary({
  sessionId,
  request,
}: {
  sessionId: string;
  request: SaveSummaryRequest;
}): Promise<SummaryView> {
  return apiRequest('PUT', `/api/sessions/${encodeURIComponent(sessionId)}/summary`, request);
}

export function useSaveSummary() {
  return useSummaryMutation(saveSummary);
}
