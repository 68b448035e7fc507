import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { withAdvisoryLock } from '@ods/db';
import type { FeatureOptions } from '../../lib/deps.ts';
import { watchRooms, type WatchRun } from './room-watch.ts';

/** How often open rooms are polled: a leave is noticed within this, and an end too. */
const POLL_MS = 10_000;
/** The longest sleep while no room is open; a new session (spar nu) wakes the watch itself. */
const MAX_SLEEP_MS = 10 * 60_000;

export interface RoomWatch {
  /** One run now (tests call this; the timer does otherwise). */
  runOnce(): Promise<WatchRun>;
  /** A room may have opened (a token was given out, a session created): look again soon. */
  kick(): void;
}

/**
 * The room watch: while a room is open it asks LiveKit every POLL_MS who is in it, and after a
 * session's end it marks it held when enough people were seen. With no room open it sleeps
 * until the next one opens, so a quiet server does not poll at all. Of several app instances
 * on one database one watches at a time; the others look again after POLL_MS, so one of them
 * takes over when the watching instance goes away.
 */
export const roomWatchJob = fp(
  async (
    app: FastifyInstance,
    { config, clock, startWorker }: FeatureOptions & { startWorker: boolean },
  ) => {
    let running: Promise<WatchRun | undefined> | undefined;
    let timer: NodeJS.Timeout | undefined;
    let closed = false;
    /** One run, or undefined when another instance is watching right now. */
    const watchOnce = () => {
      running ??= withAdvisoryLock(app.db, 'room-watch', () =>
        watchRooms(app.db, app.livekit, config.room, clock.now(), (error) =>
          app.log.warn({ err: error }, 'room poll failed'),
        ),
      )
        .then((outcome) => (outcome.ran ? outcome.value : undefined))
        .finally(() => {
          running = undefined;
        });
      return running;
    };
    const runOnce = async (): Promise<WatchRun> =>
      (await watchOnce()) ?? { openRooms: 0, held: 0, nextOpening: undefined };

    const plan = (delay: number) => {
      if (closed || !startWorker) return;
      clearTimeout(timer);
      timer = setTimeout(() => void tick(), Math.max(0, delay));
      timer.unref();
    };
    const tick = async () => {
      try {
        const run = await watchOnce();
        if (!run) return plan(POLL_MS);
        const untilNext = run.nextOpening
          ? run.nextOpening.getTime() - clock.now().getTime()
          : MAX_SLEEP_MS;
        plan(run.openRooms > 0 ? POLL_MS : Math.min(MAX_SLEEP_MS, Math.max(POLL_MS, untilNext)));
      } catch (error) {
        app.log.error({ err: error }, 'room watch failed');
        plan(POLL_MS);
      }
    };

    app.decorate('roomWatch', { runOnce, kick: () => plan(0) } satisfies RoomWatch);
    if (!startWorker) return;
    app.addHook('onReady', async () => plan(0));
    app.addHook('onClose', async () => {
      closed = true;
      clearTimeout(timer);
      await running;
    });
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    roomWatch: RoomWatch;
  }
}
