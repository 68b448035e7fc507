/**
 * Whether an error means the database cannot be reached now (as opposed to a query that is
 * wrong): then the request is answered 503 "try again", since nothing was written and a retry
 * in a minute will likely work. PostgreSQL's "connection exception" (08), "operator
 * intervention" (57P: shutdown, crash, cannot connect now) classes, and the socket errors of
 * a server that went away; SQLite's busy database after its busy timeout.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^08/.test(code) || /^57P0[1-3]$/.test(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE'].includes(code))
      return true;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_TIMEOUT') return true;
  }
  // node-postgres words these without a code.
  return (
    typeof message === 'string' &&
    /^(timeout exceeded when trying to connect|Connection terminated)/.test(message)
  );
}
