import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses } from '@ods/shared';
import { WebhookMalformed, WebhookUnsigned } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { applyRoomEvent } from './room-events.ts';

const WebhookAnswer = Type.Object({ outcome: Type.Enum(['recorded', 'ignored']) });

/**
 * POST /api/livekit/webhook: LiveKit tells us who joined and left a room and when a room
 * finished. The signature covers the exact bytes sent, so this plugin (its own encapsulation
 * context) keeps LiveKit's `application/webhook+json` body as a string.
 */
export async function liveKitWebhookRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  app.addContentTypeParser(
    'application/webhook+json',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, body),
  );

  typed(app).post(
    '/api/livekit/webhook',
    {
      // LiveKit sends an event for every join, leave and track from one address: a busy hour
      // must not hit the per-address limit meant for people.
      config: { access: 'public', csrf: false, limits: ['livekit-webhook'] },
      schema: { hide: true, response: { 200: WebhookAnswer, ...errorResponses } },
    },
    async (request) => {
      if (!app.livekit || !request.headers.authorization) throw new WebhookUnsigned();
      if (typeof request.body !== 'string' || request.body === '') throw new WebhookMalformed();
      const event = await app.livekit.receiveWebhook(request.body, request.headers.authorization);
      const outcome = await applyRoomEvent(app.db, event, clock.now());
      request.log.info({ event: event.event, outcome }, 'livekit webhook');
      return { outcome };
    },
  );
}
