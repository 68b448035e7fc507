import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddTopicRequest,
  InvitationList,
  InviteRequest,
  NetworkDetails,
  NetworkOverview,
  NetworkSummary,
} from '@ods/shared/api/console';
import { useRef } from 'react';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { useIdempotencyKey } from '../../../lib/api/use-idempotency-key.ts';
import { networksQuery } from '../../../lib/queries/networks.ts';

// The console's endpoints, one resource (a network and what hangs from it) in one file: every
// answer is the network as it stands after the change, which replaces what the page shows.
const base = (id: string) => `/api/console/networks/${encodeURIComponent(id)}`;

export { useNetworks } from '../../../lib/queries/networks.ts';

export const consoleKeys = {
  networks: networksQuery.queryKey,
  network: (id: string) => ['console', 'network', id] as const,
  invitations: (id: string) => ['console', 'invitations', id] as const,
  overview: (id: string, year: number) => ['console', 'overview', id, year] as const,
};

/** GET /api/console/networks/:id: organisations with their mail domains, and topics. */
export const useNetwork = (id: string) =>
  useQuery({
    queryKey: consoleKeys.network(id),
    queryFn: () => apiRequest<NetworkDetails>('GET', base(id)),
  });

/** GET /api/console/networks/:id/invitations: those still open. */
export const useInvitations = (id: string) =>
  useQuery({
    queryKey: consoleKeys.invitations(id),
    queryFn: () => apiRequest<InvitationList>('GET', `${base(id)}/invitations`),
  });

/** GET /api/console/networks/:id/overview?year=: aggregates only. */
export const useOverview = (id: string, year: number) =>
  useQuery({
    queryKey: consoleKeys.overview(id, year),
    queryFn: () => apiRequest<NetworkOverview>('GET', `${base(id)}/overview?year=${year}`),
  });

export const overviewCsvUrl = (id: string, year: number) => `${base(id)}/overview.csv?year=${year}`;

/** One write of the console: its method, path below the API, and body. */
export type ConsoleRequest = { method: 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown };

type Callbacks<Answer> = {
  onSuccess?: (answer: Answer) => void;
  onError?: (error: unknown) => void;
};

/**
 * A console write with an Idempotency-Key, one per intended action: a double click or a retry
 * after a lost answer sends the same request with the same key (the server does it once and
 * answers the first answer again), a new action gets a new key. While a request runs, the
 * same one again is not sent a second time.
 */
function useConsoleChange<Input, Answer>(
  request: (input: Input) => ConsoleRequest,
  onAnswer: (answer: Answer) => unknown,
) {
  const requestKey = useIdempotencyKey();
  const running = useRef<string | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: ({ call, key }: { call: ConsoleRequest; key: string }) =>
      apiRequest<Answer>(call.method, call.path, call.body, { idempotencyKey: key }),
    onSuccess: onAnswer,
  });
  return {
    isPending: mutation.isPending,
    send(input: Input, callbacks: Callbacks<Answer> = {}) {
      const call = request(input);
      const key = requestKey.keyFor(call);
      if (running.current === key) return;
      running.current = key;
      mutation.mutate(
        { call, key },
        {
          onSettled: (_, failure) => {
            running.current = undefined;
            requestKey.settled(failure ?? undefined);
          },
          onSuccess: (answer) => callbacks.onSuccess?.(answer),
          onError: (error) => callbacks.onError?.(error),
        },
      );
    },
  };
}

/** A change to a network that answers with its details. */
export function useNetworkChange<Input>(id: string, request: (input: Input) => ConsoleRequest) {
  const queryClient = useQueryClient();
  return useConsoleChange(
    (input: Input) => {
      const call = request(input);
      return { ...call, path: `${base(id)}${call.path}` };
    },
    (details: NetworkDetails) => queryClient.setQueryData(consoleKeys.network(id), details),
  );
}

export type TopicChange =
  | { kind: 'add'; body: AddTopicRequest }
  | { kind: 'rename'; slug: string; nameNl: string }
  | { kind: 'retire'; slug: string }
  | { kind: 'merge'; slug: string; into: string };

export function topicRequest(change: TopicChange) {
  const path = (slug: string) => `/topics/${encodeURIComponent(slug)}`;
  switch (change.kind) {
    case 'add':
      return { method: 'POST' as const, path: '/topics', body: change.body };
    case 'rename':
      return { method: 'PUT' as const, path: path(change.slug), body: { nameNl: change.nameNl } };
    case 'retire':
      return { method: 'POST' as const, path: `${path(change.slug)}/retire` };
    case 'merge':
      return {
        method: 'POST' as const,
        path: `${path(change.slug)}/merge`,
        body: { into: change.into },
      };
  }
}

/** POST and end invitations; both answer with the open ones. */
export function useInvitationChange<Input>(
  id: string,
  request: (input: Input) => { path: string; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useConsoleChange(
    (input: Input) => {
      const call = request(input);
      return { method: 'POST' as const, path: `${base(id)}${call.path}`, body: call.body };
    },
    (list: InvitationList) => queryClient.setQueryData(consoleKeys.invitations(id), list),
  );
}

export type { InviteRequest };

/** Admin: create a network, appoint a coordinator. */
export function useAdminChange<Input>(request: (input: Input) => ConsoleRequest) {
  const queryClient = useQueryClient();
  return useConsoleChange(request, (_: NetworkSummary) =>
    queryClient.invalidateQueries({ queryKey: consoleKeys.networks }),
  );
}
