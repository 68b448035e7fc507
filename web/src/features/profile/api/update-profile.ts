import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile, ProfileInput } from '@ods/shared/api/profile';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { profileQueryKey } from '../../../lib/queries/profile.ts';
import { sessionQueryKey } from '../../../lib/queries/session.ts';

/** PUT /api/profile: saves the whole profile and answers with it. */
export function updateProfile(input: ProfileInput): Promise<Profile> {
  return apiRequest('PUT', '/api/profile', input);
}

/** Mutation hook: saves, shows the saved profile everywhere, and refreshes "profile complete". */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async (profile) => {
      queryClient.setQueryData(profileQueryKey, profile);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
