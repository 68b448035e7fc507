/** How a dependency is doing, as /health reports it. */
export type DependencyStatus = 'ok' | 'unavailable' | 'not-configured';

/** Rejects when the work takes longer than `ms`: a dependency that hangs counts as down. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A reachability check with a deadline and a short memory: /health and the routes that need
 * the dependency ask often, the dependency is asked at most once per `cacheMs`, and never
 * waited for longer than `timeoutMs`. Concurrent askers share one check.
 */
export function cachedProbe(
  check: () => Promise<unknown>,
  options: { timeoutMs: number; cacheMs: number; what: string },
): () => Promise<'ok' | 'unavailable'> {
  let last: { at: number; status: 'ok' | 'unavailable' } | undefined;
  let running: Promise<'ok' | 'unavailable'> | undefined;
  return () => {
    if (last && Date.now() - last.at < options.cacheMs) return Promise.resolve(last.status);
    running ??= withTimeout(check(), options.timeoutMs, options.what)
      .then(
        () => 'ok' as const,
        () => 'unavailable' as const,
      )
      .then((status) => {
        last = { at: Date.now(), status };
        running = undefined;
        return status;
      });
    return running;
  };
}
