import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './query-client.ts';
import { AppRouter } from './router.tsx';

/** The whole app: server state (TanStack Query) around the router. */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  // Created once per mount, not per render, and not at module level so tests can mount fresh
  // apps; main.tsx passes one that already asks for the session.
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter />
    </QueryClientProvider>
  );
}
