import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/api-error.ts';

const MAX_RETRIES = 2;

/** Server state defaults: retry only what may succeed next time (network trouble and 5xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && !(error instanceof ApiError && error.status < 500),
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
