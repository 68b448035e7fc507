import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  AccessToken,
  RoomServiceClient,
  ServerError,
  WebhookReceiver,
  type WebhookEvent,
} from 'livekit-server-sdk';
import type { AppConfig } from '../config.ts';
import { WebhookMalformed, WebhookUnsigned } from '../errors.ts';
import { cachedProbe } from '../lib/probe.ts';

export interface JoinTokenRequest {
  room: string;
  identity: string;
  name: string;
  attributes: Record<string, string>;
  ttlSeconds: number;
}

/** Someone in a room right now, as LiveKit's room service lists them. */
export interface RoomOccupant {
  identity: string;
  /** LiveKit's id of this one connection (the same as in its webhooks). */
  sid: string;
  joinedAt: Date;
}

/** The configured LiveKit server: where browsers connect, tokens for it, its signed webhooks. */
export interface LiveKitAccess {
  url: string;
  /** A token that lets one identity join one room (publish, subscribe, data) and nothing else. */
  joinToken(request: JoinTokenRequest): Promise<string>;
  /** The event in a webhook, after checking its signature over the raw body. */
  receiveWebhook(rawBody: string, authorization: string | undefined): Promise<WebhookEvent>;
  /** Whether the server answers now (over HTTP at its URL); asked at most every 2 s. */
  status(): Promise<'ok' | 'unavailable'>;
  /** Who is in a room now; empty when the room does not exist (nobody came, or all left). */
  listParticipants(room: string): Promise<RoomOccupant[]>;
}

/** LiveKit access from the configuration's URL, key and secret. */
export function createLiveKitAccess(livekit: NonNullable<AppConfig['livekit']>): LiveKitAccess {
  const receiver = new WebhookReceiver(livekit.apiKey, livekit.apiSecret);
  // The signalling URL (ws:// or wss://) over HTTP: livekit-server answers 200 "OK" there. A
  // proxy in front may answer its own 404 and still pass the socket on, so only no answer or
  // a 5xx (the proxy's "nobody behind me") counts as down. Its room service speaks HTTP on
  // the same host and port.
  const root = livekit.url.replace(/^ws/, 'http');
  const status = cachedProbe(
    async () => {
      const response = await fetch(root, { signal: AbortSignal.timeout(1_500) });
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`LiveKit answered ${response.status}`);
    },
    { timeoutMs: 1_500, cacheMs: 2_000, what: 'livekit' },
  );
  const rooms = new RoomServiceClient(root, livekit.apiKey, livekit.apiSecret);
  return {
    status,
    url: livekit.url,
    async joinToken({ room, identity, name, attributes, ttlSeconds }) {
      const token = new AccessToken(livekit.apiKey, livekit.apiSecret, {
        identity,
        name,
        attributes,
        ttl: Math.max(1, Math.ceil(ttlSeconds)),
      });
      token.addGrant({
        room,
        roomJoin: true,
        canPublish: true,
        canSubscribe: true,
        canPublishData: true,
      });
      return token.toJwt();
    },
    async receiveWebhook(rawBody, authorization) {
      if (!authorization) throw new WebhookUnsigned();
      try {
        return await receiver.receive(rawBody, authorization);
      } catch (error) {
        // The receiver checks the signature before it parses: a parse error means a correctly
        // signed body that is not an event, anything else a signature that does not hold.
        if (error instanceof SyntaxError) throw new WebhookMalformed();
        throw new WebhookUnsigned();
      }
    },
    async listParticipants(room) {
      try {
        const participants = await rooms.listParticipants(room);
        return participants.map((p) => ({
          identity: p.identity,
          sid: p.sid,
          joinedAt: new Date(p.joinedAtMs > 0n ? Number(p.joinedAtMs) : Number(p.joinedAt) * 1000),
        }));
      } catch (error) {
        // A room nobody has entered yet (or that emptied and closed) is not an error here.
        if (error instanceof ServerError && error.status === 404) return [];
        throw error;
      }
    },
  };
}

/**
 * `app.livekit`: the LiveKit server to use, or undefined when none is configured (then the
 * session page says that video is not available, and everything else works).
 */
export const liveKitPlugin = fp(async (app: FastifyInstance, { config }: { config: AppConfig }) => {
  const livekit = config.livekit ? createLiveKitAccess(config.livekit) : undefined;
  app.decorate('livekit', livekit);
  if (livekit) app.health.register('livekit', () => livekit.status());
});

declare module 'fastify' {
  interface FastifyInstance {
    livekit: LiveKitAccess | undefined;
  }
}
