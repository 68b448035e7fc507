import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round } from '@ods/shared/api/rounds';
import type { RoundProposal } from '@ods/shared/api/round-proposals';
import type {
  AdjustmentPreview,
  AdjustRoundRequest,
  LockRoundGroupRequest,
} from '@ods/shared/api/round-adjustments';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useIdempotencyKey } from '../../../lib/api/use-idempotency-key.ts';
import { roundQueryKey } from './round.ts';

const base = (id: string) => `/api/rounds/${encodeURIComponent(id)}`;

/** The proposal changed since it was read (another coordinator, another tab). */
export const isVersionConflict = (error: unknown) =>
  error instanceof ApiError && error.code === 'ROUND_VERSION_CONFLICT';

/**
 * After a refusal the round is read again: on a version conflict that shows the proposal as it
 * is now, so the coordinator decides again on what is there.
 */
function useRoundChange<Body, Answer>(
  id: string,
  path: string,
  onAnswer: (answer: Answer) => void,
) {
  const queryClient = useQueryClient();
  const requestKey = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: Body) =>
      apiRequest<Answer>('POST', `${base(id)}${path}`, body, {
        idempotencyKey: requestKey.keyFor(body),
      }),
    onSuccess: onAnswer,
    onSettled: (_answer, failure) => requestKey.settled(failure ?? undefined),
    onError: () => queryClient.invalidateQueries({ queryKey: roundQueryKey(id) }),
  });
}

/** POST /api/rounds/:id/adjustments/preview: refusals and the score change; writes nothing. */
export function usePreviewAdjustment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdjustRoundRequest) =>
      apiRequest<AdjustmentPreview>('POST', `${base(id)}/adjustments/preview`, body),
    onError: (error) => {
      if (isVersionConflict(error))
        void queryClient.invalidateQueries({ queryKey: roundQueryKey(id) });
    },
  });
}

/** POST /api/rounds/:id/adjustments: applies a move or swap as the next version. */
export function useApplyAdjustment(id: string) {
  const queryClient = useQueryClient();
  return useRoundChange<AdjustRoundRequest, Round>(id, '/adjustments', (round) =>
    queryClient.setQueryData(roundQueryKey(id), round),
  );
}

/** POST /api/rounds/:id/locks: a locked group is kept exactly by a new search. */
export function useLockGroup(id: string) {
  const queryClient = useQueryClient();
  return useRoundChange<LockRoundGroupRequest, Round>(id, '/locks', (round) =>
    queryClient.setQueryData(roundQueryKey(id), round),
  );
}

/** POST /api/rounds/:id/rerun: a new search around the locked groups, as a background job. */
export function useRerunRound(id: string) {
  return useRoundChange<{ version: number }, RoundProposal>(id, '/rerun', () => undefined);
}
