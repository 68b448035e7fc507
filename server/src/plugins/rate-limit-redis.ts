import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/**
 * The Redis connection the rate limits share between instances. Commands fail at once while
 * it is down (no offline queue), so a request never waits for Redis: the store counts locally
 * meanwhile. ioredis keeps reconnecting in the background.
 */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    connectionName: 'ods-rate-limits',
  });
  let down = false;
  // Without a listener ioredis prints every failed reconnect; one line per outage is enough.
  redis.on('error', () => {
    if (!down) log.warn('rate limits: Redis is unreachable; each instance counts on its own');
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('rate limits: Redis is back; limits are shared again');
    down = false;
  });
  // The app starts without Redis too (each instance then limits on its own until it is back).
  await redis.connect().catch(() => undefined);
  return redis;
}

export async function closeRedis(redis: Redis | undefined): Promise<void> {
  if (!redis) return;
  if (redis.status === 'ready') await redis.quit();
  else redis.disconnect();
}
