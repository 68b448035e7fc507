import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '@ods/shared';
import { catalogueMessage } from '../errors.ts';
import { requestLanguage } from '../lib/language.ts';

/**
 * Serves the built web app and answers unknown paths: the app's index.html for page routes
 * (the browser router takes over), a JSON 404 for everything under /api.
 */
export const webPlugin = fp(async (app: FastifyInstance, { webDist }: { webDist: string }) => {
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      maxAge: '1h',
      immutable: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage)
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    const body: ErrorBody = {
      code: 'NOT_FOUND',
      message: catalogueMessage('NOT_FOUND')![requestLanguage(request)],
    };
    return reply.status(404).send(body);
  });
});
