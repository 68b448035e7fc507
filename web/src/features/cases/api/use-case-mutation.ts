import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetails } from '@ods/shared/api/cases';
import { caseQueryKeys } from './case-query-keys.ts';

/**
 * A mutation that answers with the whole case: the answer replaces the cached case and the list
 * of my cases is fetched again.
 */
export function useCaseMutation<Input>(mutationFn: (input: Input) => Promise<CaseDetails>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(caseQueryKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: caseQueryKeys.mine });
    },
  });
}
