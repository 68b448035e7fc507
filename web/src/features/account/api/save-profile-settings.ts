import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile, ProfileInput } from '@ods/shared/api/profile';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { getProfile, profileQueryKey } from '../../../lib/queries/profile.ts';
import { profileInputWith, type ProfileSettings } from '../model/profile-settings.ts';

/** PUT /api/profile: saves the whole profile and answers with it. */
export function putProfile(input: ProfileInput): Promise<Profile> {
  return apiRequest('PUT', '/api/profile', input);
}

/**
 * Changes some settings of the profile. It reads the saved profile right before writing, so a
 * change made meanwhile in another tab (or on the profile page) is not overwritten.
 */
export async function saveProfileSettings(
  change: (saved: Profile) => ProfileSettings,
): Promise<Profile> {
  const saved = await getProfile();
  return putProfile(profileInputWith(saved, change(saved)));
}

/** Mutation hook: saves a settings change and shows the saved profile on every page. */
export function useSaveProfileSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProfileSettings,
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}
