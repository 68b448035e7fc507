/**
 * A fresh value for the Idempotency-Key header of a create request: the server answers a
 * repeat with the same key (a retry after a lost answer, a double click) with the first
 * answer instead of creating a second thing. getRandomValues works on plain http too, where
 * crypto.randomUUID does not.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
