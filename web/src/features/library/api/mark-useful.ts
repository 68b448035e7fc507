import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UsefulState } from '@ods/shared/api/library';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { libraryQueryKeys } from './library-query-keys.ts';

/** PUT or DELETE /api/library/:id/useful: my one "nuttig" mark, given or taken back. */
export function setUseful({ id, useful }: { id: string; useful: boolean }): Promise<UsefulState> {
  return apiRequest(useful ? 'PUT' : 'DELETE', `/api/library/${encodeURIComponent(id)}/useful`);
}

/** The mark changes the order of results, so every library query is fetched again. */
export function useSetUseful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUseful,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: libraryQueryKeys.all });
    },
  });
}
