import { createRequire } from 'node:module';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

type Counter = FastifyRateLimitStore;
type ChildOptions = Parameters<Counter['child']>[0] & { routeInfo?: { url?: string } };

// @fastify/rate-limit's own counters (an LRU map and an atomic Lua INCR+PEXPIRE in Redis);
// its typed API exposes only the choice between them, not both at once.
const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  cache?: number,
) => Counter;
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  redis: Redis,
  key?: string,
) => Counter;

/** Keys one instance remembers; past this the oldest are forgotten. */
const LOCAL_ENTRIES = 100_000;
const NAMESPACE = 'ods-rate-limit:';

/**
 * Counts in Redis when it is reachable, so every instance enforces one limit; while Redis is
 * away each instance counts on its own (per-instance limits are looser, but still limits:
 * failing open would let anyone mail-bomb an address during an outage).
 */
export function sharedStore(redis: Redis | undefined, log: FastifyBaseLogger) {
  let warned = false;
  class SharedStore implements Counter {
    private readonly local: Counter;
    private readonly shared: Counter | undefined;

    constructor(_options: unknown, parts?: { local: Counter; shared: Counter | undefined }) {
      this.local = parts?.local ?? new LocalStore(false, false, LOCAL_ENTRIES);
      this.shared = parts ? parts.shared : redis && new RedisStore(false, false, redis, NAMESPACE);
    }

    incr(...[key, callback, timeWindow, max]: Parameters<Counter['incr']>): void {
      if (!this.shared || redis?.status !== 'ready') {
        this.local.incr(key, callback, timeWindow, max);
        return;
      }
      this.shared.incr(
        key,
        (error, result) => {
          if (!error) {
            warned = false;
            callback(null, result);
            return;
          }
          if (!warned) log.warn('rate limits: Redis failed, counting per instance meanwhile');
          warned = true;
          this.local.incr(key, callback, timeWindow, max);
        },
        timeWindow,
        max,
      );
    }

    child(options: ChildOptions): Counter {
      // The named limits (createRateLimit) carry their bucket in their keys and share one
      // counter map, so limits with one bucket count together here as in Redis. A route's
      // own `config.rateLimit` gets counters of its own (in Redis under method and URL).
      if (!options.routeInfo?.url) return this;
      return new SharedStore(undefined, {
        local: new LocalStore(false, false, LOCAL_ENTRIES),
        shared: this.shared?.child(options),
      });
    }
  }
  return SharedStore satisfies FastifyRateLimitStoreCtor;
}
