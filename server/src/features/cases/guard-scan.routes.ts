import type { FastifyInstance } from 'fastify';
import { scanPersonalData } from '@ods/shared/guard';
import { errorResponses, GuardScanRequest, GuardScanResult } from '@ods/shared';
import { typed } from '../../lib/deps.ts';

/**
 * The personal-data guard as a service, for clients that cannot run it themselves (the web app
 * runs it in the browser). Limited in size and rate: it is cheap, but not free.
 */
export async function guardScanRoutes(app: FastifyInstance) {
  const api = typed(app);
  api.post(
    '/api/guard/scan',
    {
      config: { access: 'signed-in', limits: ['requests', 'guard-scan'] },
      schema: {
        tags: ['cases'],
        body: GuardScanRequest,
        response: { 200: GuardScanResult, ...errorResponses },
      },
    },
    async (request) => ({ findings: scanPersonalData(request.body.text) }),
  );
}
