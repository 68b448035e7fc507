import { useMutation } from '@tanstack/react-query';
import type { SessionReportReceipt, SessionReportRequest } from '@ods/shared/api/room';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** POST /api/sessions/:id/reports: the coordinators get the report by mail, without the notes. */
export function reportProblem({
  sessionId,
  body,
  key,
}: {
  sessionId: string;
  body: SessionReportRequest;
  key: string;
}): Promise<SessionReportReceipt> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/reports`, body, {
    idempotencyKey: key,
  });
}

export function useReportProblem() {
  return useMutation({ mutationFn: reportProblem });
}
