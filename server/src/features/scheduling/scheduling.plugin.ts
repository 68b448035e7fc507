import { Cron } from 'croner';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { withAdvisoryLock } from '@ods/db';
import type { FeatureOptions } from '../../lib/deps.ts';
import { feedRoutes } from './feed.routes.ts';
import { refreshLinkedCalendar, staleCalendars } from './linked-calendar.ts';
import { linkedCalendarRoutes } from './linked-calendar.routes.ts';
import { proposalRoutes } from './proposals.routes.ts';
import { replyRoutes } from './replies.routes.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { schedulingContext } from './scheduling-context.ts';
import { schedulingPersonalData } from './scheduling.personal-data.ts';
import { sparNowRoutes } from './spar-now.routes.ts';

/**
 * Scheduling: invitations, one-click replies, substitutes, moves and cancellations, reminders,
 * the calendar feed and linked calendars. With workers on, croner ticks the durable scheduler
 * every 10 seconds and refreshes linked calendars daily; tests call `app.scheduler.runOnce()`.
 */
export const schedulingPlugin = fp(
  async (app: FastifyInstance, options: FeatureOptions & { startWorkers: boolean }) => {
    const ctx = schedulingContext(options.config);
    const routeOptions = { ...options, ctx };
    app.personalData.register(schedulingPersonalData);
    await app.register(replyRoutes, routeOptions);
    await app.register(feedRoutes, routeOptions);
    await app.register(proposalRoutes, routeOptions);
    await app.register(linkedCalendarRoutes, routeOptions);
    await app.register(sparNowRoutes, routeOptions);

    const scheduler = createScheduler({
      db: app.db,
      ctx,
      clock: options.clock,
      onMail: () => app.kickMail(),
      onError: (error, what) => app.log.error({ err: error, what }, 'scheduling work failed'),
    });
    // Every instance's timer fires at 05:30; one of them fetches the calendars.
    const refreshCalendars = async () => {
      const fetchOptions = { allowPrivate: ctx.allowPrivateCalendarHosts };
      await withAdvisoryLock(app.db, 'linked-calendars', async () => {
        for (const calendar of await staleCalendars(app.db, options.clock.now()))
          await refreshLinkedCalendar(
            app.db,
            calendar.user_id,
            calendar.url,
            fetchOptions,
            options.clock.now(),
          );
      });
    };
    app.decorate('scheduler', { ...scheduler, refreshCalendars });
    if (!options.startWorkers) return;

    const catchUp = async () => {
      await scheduler
        .runOnce()
        .catch((error: unknown) => app.log.error({ err: error }, 'scheduler run failed'));
    };
    const ticks = new Cron('*/10 * * * * *', { protect: true }, catchUp);
    const daily = new Cron('0 30 5 * * *', { protect: true, timezone: 'Europe/Amsterdam' }, () =>
      refreshCalendars().catch((error: unknown) =>
        app.log.error({ err: error }, 'calendar refresh failed'),
      ),
    );
    // Work that came due while the server was down is done right after the start.
    app.addHook('onReady', async () => {
      void catchUp();
    });
    app.addHook('onClose', async () => {
      ticks.stop();
      daily.stop();
    });
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Scheduling's durable work; background timers drive it unless workers are off (tests). */
    scheduler: Scheduler & { refreshCalendars(): Promise<void> };
  }
}
