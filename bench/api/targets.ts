// The routes pnpm bench:api loads, each as autocannon requests that take turns over the bench's
// signed-in accounts (so the per-account work, cookie lookup and rate-limit counters, is spread
// as with many real users).
import type { Request } from 'autocannon';
import type { BenchAccount } from './seed.ts';

/** A bench account once signed in over HTTP: its cookies and CSRF token for writes. */
export interface SignedIn extends BenchAccount {
  cookies: string;
  csrfToken: string;
}

export interface Target {
  name: string;
  /** Reads, the targets apply (≥ 0.5 of bare, p99 ≤ 25 ms). */
  read: boolean;
  requests: Request[];
}

const LIBRARY_QUERIES = ['schulden', 'wachtlijst intake', 'jeugdhulp', 'budgetcoach', 'mantelzorg'];

/** One request whose setup takes the next account (and, when asked, the next body) each time. */
function rotating(
  accounts: SignedIn[],
  make: (
    account: SignedIn,
    n: number,
  ) => { method: 'GET' | 'PUT' | 'POST'; path: string; body?: unknown },
): Request[] {
  let n = 0;
  return [
    {
      setupRequest: (request) => {
        const account = accounts[n % accounts.length]!;
        const { method, path, body } = make(account, n);
        n += 1;
        const headers: Record<string, string> = { cookie: account.cookies };
        if (method !== 'GET') headers['x-csrf-token'] = account.csrfToken;
        if (body !== undefined) headers['content-type'] = 'application/json';
        return {
          ...request,
          method,
          path,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        };
      },
    },
  ];
}

export function appTargets(accounts: SignedIn[], coordinator: SignedIn, roundId: string): Target[] {
  return [
    { name: 'GET /health', read: true, requests: [{ method: 'GET', path: '/health' }] },
    {
      name: 'GET /api/sessions',
      read: true,
      requests: rotating(accounts, () => ({ method: 'GET', path: '/api/sessions' })),
    },
    {
      name: 'GET /api/sessions/:id',
      read: true,
      requests: rotating(accounts, (a) => ({
        method: 'GET',
        path: `/api/sessions/${a.sessionId}`,
      })),
    },
    {
      name: 'GET /api/library?q=…',
      read: true,
      requests: rotating(accounts, (_, n) => ({
        method: 'GET',
        path: `/api/library?q=${encodeURIComponent(LIBRARY_QUERIES[n % LIBRARY_QUERIES.length]!)}`,
      })),
    },
    {
      name: 'GET /api/profile',
      read: true,
      requests: rotating(accounts, () => ({ method: 'GET', path: '/api/profile' })),
    },
    {
      name: 'GET /api/rounds/:id',
      read: true,
      requests: rotating([coordinator], () => ({ method: 'GET', path: `/api/rounds/${roundId}` })),
    },
    {
      name: 'PUT /api/profile',
      read: false,
      requests: rotating(accounts, (_, n) => ({
        method: 'PUT',
        path: '/api/profile',
        body: {
          name: 'Bench Deelnemer',
          organisationId: 'GM0363',
          jobTitle: `Consulent ${n % 7}`,
          topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
          availability: [{ weekday: 2, startMinute: 540, endMinute: 1020 }],
          frequencyWeeks: 4,
          houseRulesAccepted: true,
        },
      })),
    },
    {
      name: 'POST /api/sessions/:id/reply',
      read: false,
      requests: rotating(accounts, (a) => ({
        method: 'POST',
        path: `/api/sessions/${a.sessionId}/reply`,
        body: { reply: 'accepted' },
      })),
    },
  ];
}
