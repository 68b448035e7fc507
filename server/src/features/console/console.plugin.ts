import type { FastifyInstance } from 'fastify';
import type { FeatureOptions } from '../../lib/deps.ts';
import { invitationsRoutes } from './invitations.routes.ts';
import { networksRoutes } from './networks.routes.ts';
import { overviewRoutes } from './overview.routes.ts';
import { participationRoutes } from './participation.routes.ts';
import { topicsRoutes } from './topics.routes.ts';

/**
 * The coordinator console: networks and their coordinators (admin), member organisations,
 * topics, invitations and the overview (a network's coordinators). Every route answers
 * another network's coordinator with a 404, and none returns notes, draft cases, unpublished
 * summaries or single ratings.
 */
export async function consolePlugin(app: FastifyInstance, options: FeatureOptions) {
  await app.register(networksRoutes, options);
  await app.register(topicsRoutes, options);
  await app.register(invitationsRoutes, options);
  await app.register(overviewRoutes, options);
  await app.register(participationRoutes);
}
