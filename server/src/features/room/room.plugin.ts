import type { FastifyInstance } from 'fastify';
import type { FeatureOptions } from '../../lib/deps.ts';
import { liveKitWebhookRoutes } from './livekit-webhook.routes.ts';
import { sessionReportRoutes } from './reports.routes.ts';
import { roomPersonalData } from './room.personal-data.ts';
import { roomRoutes } from './room.routes.ts';

/**
 * The video room of a session: status and tokens for its participants, LiveKit's webhooks
 * (attendance, live and held), and reports about a session to the coordinators.
 */
export async function roomPlugin(app: FastifyInstance, options: FeatureOptions) {
  app.personalData.register(roomPersonalData);
  await app.register(roomRoutes, options);
  await app.register(liveKitWebhookRoutes, options);
  await app.register(sessionReportRoutes, options);
}
