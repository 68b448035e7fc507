import type { FastifyInstance } from 'fastify';
import { errorResponses, NetworkIdParams } from '@ods/shared';
import { ParticipationMap } from '@ods/shared/api/participation';
import { typed } from '../../lib/deps.ts';
import { assertRunsNetwork } from './console-access.ts';
import { readParticipation } from './participation.repository.ts';

/** The overview's map: professionals taking part per municipality, small counts hidden. */
export async function participationRoutes(app: FastifyInstance) {
  typed(app).get(
    '/api/console/networks/:id/overview/municipalities',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['console'],
        params: NetworkIdParams,
        response: { 200: ParticipationMap, ...errorResponses },
      },
    },
    async (request) => {
      await assertRunsNetwork(app.db, request, request.params.id);
      return readParticipation(app.db, request.params.id);
    },
  );
}
