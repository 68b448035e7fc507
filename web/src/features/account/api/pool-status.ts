import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PauseRequest, Profile } from '@ods/shared/api/profile';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { profileQueryKey } from '../../../lib/queries/profile.ts';

/** POST /api/profile/pause: not matched until (and including) the given date. */
export function pausePool(body: PauseRequest): Promise<Profile> {
  return apiRequest('POST', '/api/profile/pause', body);
}

/** POST /api/profile/resume: back in the pool after a pause or after leaving. */
export function resumePool(): Promise<Profile> {
  return apiRequest('POST', '/api/profile/resume');
}

/** POST /api/profile/leave: out of the pool; the account and profile stay. */
export function leavePool(): Promise<Profile> {
  return apiRequest('POST', '/api/profile/leave');
}

// All three answer with the updated profile, which every page then shows.
function usePoolStatusMutation<Input>(mutationFn: (input: Input) => Promise<Profile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}

/** Mutation hook for pausing. */
export function usePausePool() {
  return usePoolStatusMutation(pausePool);
}

/** Mutation hook for resuming. */
export function useResumePool() {
  return usePoolStatusMutation(resumePool);
}

/** Mutation hook for leaving the pool. */
export function useLeavePool() {
  return usePoolStatusMutation(leavePool);
}
