import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { FeatureOptions } from '../../lib/deps.ts';
import type { NotesContext } from './notes-access.ts';
import { NotesExtension } from './notes-extension.ts';
import { redisStatus, reportRedisOutages, resyncAfterReconnect } from './notes-redis.ts';
import { notesPersonalData } from './notes.personal-data.ts';
import { notesRoutes } from './notes.routes.ts';
import { notesSocketRoute } from './notes.socket.ts';
import { NotesLogThread } from './notes-log-thread.ts';
import { NotesUpdateLog } from './notes-update-log.ts';

/**
 * Shared notes: Hocuspocus inside this Fastify process, on a @fastify/websocket route, with
 * the Redis extension when REDIS_URL is set so several instances share each document.
 */
export async function notesPlugin(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const log = new NotesUpdateLog(app.db, clock, await sqliteLogThread(app));
  const extensions: Extension[] = [
    new NotesExtension({ db: app.db, log, clock, logger: app.log }),
    // Counted for /metrics: every edit that reaches this instance.
    { onChange: async () => app.metrics.notesUpdates.inc() },
  ];
  let redis: Redis | undefined;
  if (config.redisUrl) {
    if (app.dbDialect === 'sqlite')
      app.log.warn(
        'REDIS_URL with SQLite: only instances that share one DATA_DIR see the same notes',
      );
    const url = new URL(config.redisUrl);
    redis = new Redis({
      host: url.hostname,
      port: Number(url.port || 6379),
      options: {
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        db: Number(url.pathname.slice(1) || 0),
      },
      prefix: 'ods-notes',
    });
    extensions.unshift(redis);
  }
  const shared = redis;
  if (shared) app.health.register('redis', () => redisStatus(shared));
  const hocuspocus = new Hocuspocus<NotesContext>({
    name: 'ods-notes',
    quiet: true,
    // Every update is stored before it is acknowledged; the debounced store only compacts.
    debounce: 10_000,
    maxDebounce: 60_000,
    // When the last connection goes (also when we close them all after an edit the database
    // refused), store and unload at once: the next connection loads what is stored.
    unloadImmediately: true,
    extensions,
  });
  if (redis) {
    resyncAfterReconnect(redis, hocuspocus);
    reportRedisOutages(redis, app.log);
  }
  app.metrics.countNotesConnections(() => hocuspocus.getConnectionsCount());

  app.personalData.register(notesPersonalData);
  notesSocketRoute(app, hocuspocus, config);
  await app.register(notesRoutes);

  // On shutdown: finish the writes under way, run the pending (debounced) stores now (each
  // compacts its document) and wait for them, then let the Redis extension disconnect. The
  // database closes after this (its plugin was registered first).
  app.addHook('onClose', async () => {
    const names = [...hocuspocus.documents.keys()];
    const storeId = (name: string) => `onStoreDocument-${name}`;
    hocuspocus.closeConnections();
    await log.flush();
    await Promise.all(
      names.map(async (name) => {
        await hocuspocus.debouncer.executeNow(storeId(name));
      }),
    );
    for (let i = 0; i < 100; i += 1) {
      if (!names.some((name) => hocuspocus.debouncer.isCurrentlyExecuting(storeId(name)))) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await log.close();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
  });
}

/** On an SQLite file, the log's own connection in a worker thread; undefined otherwise. */
async function sqliteLogThread(app: FastifyInstance): Promise<NotesLogThread | undefined> {
  if (app.dbDialect !== 'sqlite') return undefined;
  const { rows } = await sql<{
    file: string;
  }>`select file from pragma_database_list where name = 'main'`.execute(app.db);
  const file = rows[0]?.file;
  return file ? new NotesLogThread(file) : undefined;
}
