import type { Redis } from '@hocuspocus/extension-redis';
import type { Hocuspocus, onChangePayload } from '@hocuspocus/server';
import type { FastifyBaseLogger } from 'fastify';
import type { DependencyStatus } from '../../lib/probe.ts';

/** The two ioredis connections of the extension (their type is not exported). */
interface Connection {
  status?: string;
  on(event: 'ready' | 'close' | 'error', listener: () => void): unknown;
}
const connectionsOf = (redis: Redis) => [redis.pub, redis.sub] as unknown as Connection[];

/** 'ok' while both connections to Redis are usable: only then do the instances share notes. */
export function redisStatus(redis: Redis): DependencyStatus {
  return connectionsOf(redis).every((c) => c.status === 'ready') ? 'ok' : 'unavailable';
}

/** After a reconnect, announce again once the peers have had time to subscribe again. */
const RESYNC_DELAYS_MS = [0, 1_000, 3_000];

/**
 * The extension relays each change as it happens and nothing else: what was written on one
 * instance while Redis was away never reached the others, and stayed missing there until
 * somebody edited again. When a connection comes back, every open document announces its
 * state again (the same SyncStep1 a change publishes), and each peer answers with what this
 * instance lacks and asks for what it lacks itself. Repeats are harmless: a sync that finds
 * nothing missing sends nothing new.
 */
export function resyncAfterReconnect(redis: Redis, hocuspocus: Hocuspocus): void {
  const announce = () => {
    for (const [documentName, document] of hocuspocus.documents)
      void redis.onChange({ documentName, document, instance: hocuspocus } as onChangePayload);
  };
  for (const connection of connectionsOf(redis)) {
    let lost = false;
    connection.on('close', () => (lost = true));
    connection.on('ready', () => {
      if (!lost) return;
      lost = false;
      for (const delay of RESYNC_DELAYS_MS) setTimeout(announce, delay).unref();
    });
  }
}

/**
 * Without an 'error' listener ioredis prints "Unhandled error event" with a stack trace for
 * every failed reconnect (every second while Redis is away); one line per outage is enough.
 */
export function reportRedisOutages(redis: Redis, log: FastifyBaseLogger): void {
  let down = false;
  for (const connection of connectionsOf(redis)) {
    connection.on('error', () => {
      if (!down)
        log.warn('notes: Redis is unreachable; instances do not share notes until it returns');
      down = true;
    });
    connection.on('ready', () => {
      if (down) log.info('notes: Redis is back; notes are shared again');
      down = false;
    });
  }
}
