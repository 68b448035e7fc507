import { useRef } from 'react';
import { ApiError } from './api-error.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

/**
 * The Idempotency-Key of a create action on a page: the same key while the person sends the
 * same request again (a double click, a retry after the answer was lost on the way), so the
 * server does the thing once; a new key once the request changes, or once the server has
 * answered (it did the thing, or refused it and kept nothing).
 */
export function useIdempotencyKey() {
  const last = useRef<{ request: string; key: string } | undefined>(undefined);
  return {
    keyFor(request: unknown): string {
      const text = JSON.stringify(request ?? null);
      if (last.current?.request !== text)
        last.current = { request: text, key: newIdempotencyKey() };
      return last.current.key;
    },
    /** Call with the outcome: only a lost answer (no ApiError) keeps the key for a retry. */
    settled(failure?: unknown): void {
      if (failure === undefined || failure instanceof ApiError) last.current = undefined;
    },
  };
}
