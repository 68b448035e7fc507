import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProposeRoundRequest } from '@ods/shared/api/rounds';
import type { RoundProposal } from '@ods/shared/api/round-proposals';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { newIdempotencyKey } from '../../../lib/api/idempotency-key.ts';

const proposalKey = (id: string) => ['round-proposals', id] as const;
/** How often a running proposal is asked for its progress. */
const POLL_MS = 500;

const unfinished = (job: RoundProposal | undefined) =>
  job?.state === 'queued' || job?.state === 'running';

/** POST /api/rounds/proposals: starts a proposal in the background (queued behind a running one). */
export function useStartProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeRoundRequest) =>
      apiRequest<RoundProposal>('POST', '/api/rounds/proposals', body, {
        idempotencyKey: newIdempotencyKey(),
      }),
    onSuccess: (job) => queryClient.setQueryData(proposalKey(job.id), job),
  });
}

/** A proposal's progress, polled while it waits or runs; `onFinished` hears it end done or failed. */
export function useProposal(id: string | null, onFinished: (job: RoundProposal) => void) {
  return useQuery({
    queryKey: proposalKey(id ?? ''),
    queryFn: async () => {
      const job = await apiRequest<RoundProposal>(
        'GET',
        `/api/rounds/proposals/${encodeURIComponent(id ?? '')}`,
      );
      if (job.state === 'done' || job.state === 'failed') onFinished(job);
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (unfinished(query.state.data) ? POLL_MS : false),
  });
}

/** POST /api/rounds/proposals/:id/cancel: stops a waiting or running proposal. */
export function useCancelProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<RoundProposal>('POST', `/api/rounds/proposals/${encodeURIComponent(id)}/cancel`),
    onSuccess: (job) => queryClient.setQueryData(proposalKey(job.id), job),
  });
}
