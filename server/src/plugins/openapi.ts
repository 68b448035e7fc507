import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** OpenAPI document at /api/docs/json and its docs UI at /api/docs, generated from the route schemas. */
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Over de schutting API',
        version: '0.1.0',
        description:
          'JSON API of Over de schutting. State-changing requests need the x-csrf-token header from GET /api/session.',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
});
