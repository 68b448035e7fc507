import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FeatureOptions } from '../../lib/deps.ts';
import { liveKitWebhookRoutes } from './livekit-webhook.routes.ts';
import { sessionReportRoutes } from './reports.routes.ts';
import { roomPersonalData } from './room.personal-data.ts';
import { roomRoutes } from './room.routes.ts';
import { roomWatchJob } from './room-watch.job.ts';

/**
 * The video room of a session: status and tokens for its participants, LiveKit's webhooks
 * (attendance, live and held), the room watch (attendance and held without webhooks), and
 * reports about a session to the coordinators. Not encapsulated, so `app.roomWatch` is seen
 * by every feature (a new session wakes the watch).
 */
export const roomPlugin = fp(async function roomPlugin(
  app: FastifyInstance,
  { startWorkers, ...options }: FeatureOptions & { startWorkers: boolean },
) {
  app.personalData.register(roomPersonalData);
  await app.register(roomWatchJob, { ...options, startWorker: startWorkers });
  await app.register(roomRoutes, options);
  await app.register(liveKitWebhookRoutes, options);
  await app.register(sessionReportRoutes, options);
});
