import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

/** What a rate limit counts by. */
export interface KeySource {
  /** 'body' keys are read after validation, the others before anything else runs. */
  stage: 'request' | 'body';
  /** The key, or undefined when the request has nothing to count by (it is then refused anyway). */
  of(request: FastifyRequest, hash: (value: string) => string): string | undefined;
}

function sourceOf(request: FastifyRequest): string {
  // One IPv6 /64 is one household or office, however many addresses it uses.
  return `source:${normalizeIP(request.ip)}`;
}

export const source: KeySource = { stage: 'request', of: sourceOf };
export const accountOrSource: KeySource = {
  stage: 'request',
  of: (request) => (request.user ? `account:${request.user.id}` : sourceOf(request)),
};

export function bodyAddress(field: string): KeySource {
  return {
    stage: 'body',
    of: (request, hash) => {
      const value = (request.body as Record<string, unknown> | undefined)?.[field];
      return typeof value === 'string' ? `address:${hash(value.trim().toLowerCase())}` : undefined;
    },
  };
}

export function param(field: string): KeySource {
  return {
    stage: 'request',
    of: (request, hash) => {
      const value = (request.params as Record<string, unknown> | undefined)?.[field];
      return typeof value === 'string' ? `${field}:${hash(value)}` : undefined;
    },
  };
}
