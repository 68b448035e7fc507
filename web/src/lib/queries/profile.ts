import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Profile } from '@ods/shared/api/profile';
import { apiRequest } from '../api/api-client.ts';

// The own profile is read by the profile form, the pool page and the account page.

export const profileQueryKey = ['profile'] as const;

/** GET /api/profile: the signed-in person's profile and pool status. */
export function getProfile(): Promise<Profile> {
  return apiRequest<Profile>('GET', '/api/profile');
}

export const profileQueryOptions = queryOptions({
  queryKey: profileQueryKey,
  queryFn: getProfile,
});

/** The own profile query. */
export function useProfile() {
  return useQuery(profileQueryOptions);
}
