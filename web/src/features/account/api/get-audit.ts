import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditList } from '@ods/shared/api/audit';
import { apiRequest } from '../../../lib/api/api-client.ts';

/** GET /api/account/audit: who of the coordinators and admins looked at one's data, and why. */
export function getAudit(): Promise<AuditList> {
  return apiRequest('GET', '/api/account/audit');
}

export const auditQueryOptions = queryOptions({
  queryKey: ['account', 'audit'] as const,
  queryFn: getAudit,
});

export function useAudit() {
  return useQuery(auditQueryOptions);
}
