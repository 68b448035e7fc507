import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessToken, WebhookEvent, type WebhookEventNames } from 'livekit-server-sdk';
import type { SessionState } from '@ods/db';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import type { DatabaseDialect } from '@ods/db';

export const LIVEKIT = {
  LIVEKIT_API_KEY: 'test-key',
  LIVEKIT_API_SECRET: 'test-secret-that-is-long-enough-for-livekit',
};

/** The test clock starts at 09:00 UTC; this session runs 10:00–11:00 UTC (11:00–12:00 in Amsterdam). */
export const STARTS_AT = '2026-11-23T10:00:00.000Z';

export interface RoomWorld {
  t: TestApp;
  sessionId: string;
  roomName: string;
  ann: string;
  bob: string;
  /** Where the app says browsers connect to LiveKit. */
  liveKitUrl: string;
}

/**
 * What the app asks of livekit-server before it hands out a token: that its HTTP root
 * answers. The tokens themselves are checked with livekit-server-sdk's verifier; the real
 * livekit-server is in tests/room.test.ts and tests/dependencies.test.ts.
 */
async function liveKitRoot(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_, response) => response.end('OK'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * An app with LiveKit configured (unless `withLiveKit` is false), a session of Ann
 * (Amsterdam, case owner) and Bob (Groningen), a coordinator, and Olga from another session.
 */
export async function roomWorld(
  dialect: DatabaseDialect,
  options: { withLiveKit?: boolean; env?: Record<string, string>; state?: SessionState } = {},
): Promise<RoomWorld> {
  const root = options.withLiveKit === false ? undefined : await liveKitRoot();
  const t = await createTestApp(dialect, {
    ...(root ? { ...LIVEKIT, LIVEKIT_URL: root.url } : {}),
    ...options.env,
  });
  const closeApp = t.close.bind(t);
  t.close = async () => {
    await closeApp();
    await root?.close();
  };
  const ann = await createUser(t.app, {
    email: 'ann@amsterdam.nl',
    name: 'Ann',
    organisationId: 'GM0363',
  });
  const bob = await createUser(t.app, {
    email: 'bob@groningen.nl',
    name: 'Bob',
    organisationId: 'GM0014',
  });
  const olga = await createUser(t.app, {
    email: 'olga@vlieland.nl',
    name: 'Olga',
    organisationId: 'GM0096',
  });
  await createUser(t.app, { email: 'coordinator@example.nl', name: 'Coco', role: 'coordinator' });
  const sessionId = await createSession(t.app, {
    participants: [{ userId: ann, role: 'case-owner' }, { userId: bob }],
    startsAt: STARTS_AT,
    state: options.state ?? 'confirmed',
  });
  await createSession(t.app, { participants: [{ userId: olga }], startsAt: STARTS_AT });
  const { room_name: roomName } = await t.app.db
    .selectFrom('sparring_sessions')
    .select('room_name')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return { t, sessionId, roomName, ann, bob, liveKitUrl: root?.url ?? '' };
}

/**
 * A webhook request as livekit-server sends it: the protobuf JSON of the event, and an
 * Authorization token from the API key whose sha256 claim is the base64 SHA-256 of the body.
 */
export async function signedWebhook(
  event: NonNullable<ConstructorParameters<typeof WebhookEvent>[0]> & { event: WebhookEventNames },
  secret = LIVEKIT.LIVEKIT_API_SECRET,
): Promise<{ body: string; authorization: string }> {
  const message = new WebhookEvent(event);
  // The SDK's subclass resets `event` in its constructor.
  message.event = event.event;
  const body = message.toJsonString();
  const token = new AccessToken(LIVEKIT.LIVEKIT_API_KEY, secret, { ttl: '5m' });
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return { body, authorization: await token.toJwt() };
}
