import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddTopicRequest,
  InvitationList,
  InviteRequest,
  NetworkDetails,
  NetworkOverview,
  NetworkSummary,
} from '@ods/shared/api/console';
import { apiRequest } from '../../../lib/api/api-client.ts';
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

/** A change to a network that answers with its details. */
export function useNetworkChange<Input>(
  id: string,
  request: (input: Input) => { method: 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { method, path, body } = request(input);
      return apiRequest<NetworkDetails>(method, `${base(id)}${path}`, body);
    },
    onSuccess: (details) => queryClient.setQueryData(consoleKeys.network(id), details),
  });
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
  return useMutation({
    mutationFn: (input: Input) => {
      const { path, body } = request(input);
      return apiRequest<InvitationList>('POST', `${base(id)}${path}`, body);
    },
    onSuccess: (list) => queryClient.setQueryData(consoleKeys.invitations(id), list),
  });
}

export type { InviteRequest };

/** Admin: create a network, appoint a coordinator. */
export function useAdminChange<Input>(
  request: (input: Input) => { method: 'POST' | 'DELETE'; path: string; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { method, path, body } = request(input);
      return apiRequest<NetworkSummary>(method, path, body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.networks }),
  });
}
