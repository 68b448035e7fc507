import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SummaryView } from '@ods/shared/api/summaries';
import { summaryQueryKeys } from './summary-query-keys.ts';

/**
 * A mutation that answers with the whole summary: the answer replaces the cached one, and the
 * list of past sessions is fetched again (its state may have changed).
 */
export function useSummaryMutation<Input>(mutationFn: (input: Input) => Promise<SummaryView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(summaryQueryKeys.one(saved.sessionId), saved);
      await queryClient.invalidateQueries({ queryKey: summaryQueryKeys.mine });
    },
  });
}
