import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CurrentUser, SessionState } from '@ods/shared/api/auth';
import { apiRequest } from '../api/api-client.ts';
import { rememberCsrfToken } from '../api/csrf-token.ts';

// The session is used by the layout, the sign-in guard and several features, so it lives in lib.

export const sessionQueryKey = ['session'] as const;

/** GET /api/session: who is signed in (or null) and the CSRF token for this browser. */
export async function getSession(): Promise<SessionState> {
  const session = await apiRequest<SessionState>('GET', '/api/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: getSession,
  staleTime: 60_000,
});

/** The session query; `data.user` is null for a visitor. */
export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** The signed-in person, null for a visitor, undefined while the session is still loading. */
export function useCurrentUser(): CurrentUser | null | undefined {
  const { data, isError } = useSession();
  if (isError) return null;
  return data?.user;
}

/** Stores a session answer from sign-in or sign-out, so every component sees it at once. */
export function storeSession(queryClient: QueryClient, session: SessionState): void {
  rememberCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQueryKey, session);
}

/** Drops every cached answer except the session itself, e.g. when someone signs in or out. */
export function forgetCachedAnswers(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

/** Marks the session as signed out at once, then asks the server for a fresh one. */
export async function endSession(queryClient: QueryClient): Promise<void> {
  forgetCachedAnswers(queryClient);
  queryClient.setQueryData<SessionState>(sessionQueryKey, (old) =>
    old ? { ...old, user: null } : old,
  );
  await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}
