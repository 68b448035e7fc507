import { TokenVerifier } from 'livekit-server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { testDialects } from '../../test-support/test-app.ts';
import { LIVEKIT, roomWorld, type RoomWorld } from './room.fixtures.ts';

const verifier = new TokenVerifier(LIVEKIT.LIVEKIT_API_KEY, LIVEKIT.LIVEKIT_API_SECRET);

describe.each(testDialects())('the video room token (%s)', (dialect) => {
  let w: RoomWorld;
  afterEach(async () => w.t.close());

  async function signedIn(email: string, language: 'nl' | 'en' = 'nl') {
    const agent = new Agent(w.t.app, language);
    await agent.signIn(email);
    return agent;
  }
  const tokenFor = (agent: Agent) =>
    agent.request('POST', `/api/sessions/${w.sessionId}/room-token`);

  it('gives a participant a token for this room only, valid until the room closes', async () => {
    w = await roomWorld(dialect);
    const ann = await signedIn('ann@amsterdam.nl');
    w.t.clock.advanceMinutes(50); // 09:50 UTC: the room opened at 09:45
    const response = await tokenFor(ann);
    expect(response.statusCode).toBe(200);
    const { token, url } = response.json<{ token: string; url: string }>();
    expect(url).toBe(w.liveKitUrl);
    const claims = await verifier.verify(token);
    expect(claims.sub).toBe(w.ann);
    expect(claims.name).toBe('Ann · Amsterdam');
    expect(claims.attributes).toMatchObject({ role: 'case-owner', municipality: 'Amsterdam' });
    expect(claims.video).toEqual({
      room: w.roomName,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    // Closes 30 minutes after the 11:00 end: 100 minutes from 09:50.
    expect(claims.exp! - claims.nbf!).toBe(100 * 60);
    const session = await w.t.app.db
      .selectFrom('sparring_sessions')
      .select('state')
      .where('id', '=', w.sessionId)
      .executeTakeFirstOrThrow();
    expect(session.state).toBe('live');
  });

  it('says when the room opens before the window, in Amsterdam time', async () => {
    w = await roomWorld(dialect);
    const nl = await tokenFor(await signedIn('ann@amsterdam.nl'));
    expect(nl.statusCode).toBe(403);
    expect(nl.json()).toEqual({
      code: 'ROOM_NOT_OPEN',
      message:
        'De videoruimte gaat open op maandag 23 november om 10:45 (15 minuten voor de start). Kom dan terug naar deze pagina.',
    });
    const en = await tokenFor(await signedIn('bob@groningen.nl', 'en'));
    expect(en.json<{ message: string }>().message).toBe(
      'The video room opens on Monday 23 November at 10:45 (15 minutes before the start). Come back to this page then.',
    );
  });

  it('says the room has closed after the window', async () => {
    w = await roomWorld(dialect);
    const ann = await signedIn('ann@amsterdam.nl');
    w.t.clock.advanceMinutes(151); // 11:31 UTC, the room closed at 11:30
    const response = await tokenFor(ann);
    expect(response.statusCode).toBe(403);
    expect(response.json<{ message: string }>().message).toBe(
      'De videoruimte van deze sessie is gesloten sinds maandag 23 november om 12:30.',
    );
  });

  it('opens earlier when configured to', async () => {
    w = await roomWorld(dialect, { env: { ROOM_OPENS_MINUTES_BEFORE: '60' } });
    expect((await tokenFor(await signedIn('ann@amsterdam.nl'))).statusCode).toBe(200);
  });

  it('refuses everyone but the participants, each with a reason', async () => {
    w = await roomWorld(dialect);
    w.t.clock.advanceMinutes(50);
    const other = await tokenFor(await signedIn('olga@vlieland.nl'));
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({
      code: 'NOT_PARTICIPANT',
      message: 'Alleen deelnemers van deze sessie hebben hier toegang toe.',
    });
    const coordinator = await tokenFor(await signedIn('coordinator@example.nl'));
    expect(coordinator.statusCode).toBe(403);
    expect(coordinator.json()).toMatchObject({ code: 'ROOM_PARTICIPANTS_ONLY' });
    const anonymous = await tokenFor(new Agent(w.t.app));
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('never opens the room of a cancelled session', async () => {
    w = await roomWorld(dialect, { state: 'cancelled' });
    w.t.clock.advanceMinutes(50);
    const response = await tokenFor(await signedIn('ann@amsterdam.nl'));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ROOM_SESSION_CANCELLED' });
  });

  it('tells the page whether video is available and when the room is open', async () => {
    w = await roomWorld(dialect, { withLiveKit: false });
    const ann = await signedIn('ann@amsterdam.nl');
    const status = await ann.request('GET', `/api/sessions/${w.sessionId}/room`);
    expect(status.json()).toEqual({
      videoAvailable: false,
      opensAt: '2026-11-23T09:45:00.000Z',
      closesAt: '2026-11-23T11:30:00.000Z',
      phase: 'not-yet-open',
      mayJoin: true,
      present: 0,
    });
    w.t.clock.advanceMinutes(50);
    const refused = await tokenFor(ann);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'VIDEO_UNAVAILABLE' });
    const olga = await signedIn('olga@vlieland.nl');
    expect((await olga.request('GET', `/api/sessions/${w.sessionId}/room`)).statusCode).toBe(404);
  });

  it('gives a participant a connection-check token for a throw-away room, until the room closes', async () => {
    w = await roomWorld(dialect);
    const response = await (
      await signedIn('bob@groningen.nl')
    ).request('POST', `/api/sessions/${w.sessionId}/connection-check`);
    const claims = await verifier.verify(response.json<{ token: string }>().token);
    expect(claims.video?.room).toMatch(/^check-/);
    expect(claims.video?.room).not.toBe(w.roomName);
    expect(claims.sub).toBe(`check-${w.bob}`);
    w.t.clock.advanceMinutes(151);
    const late = await (
      await signedIn('ann@amsterdam.nl')
    ).request('POST', `/api/sessions/${w.sessionId}/connection-check`);
    expect(late.json()).toMatchObject({ code: 'ROOM_NOT_OPEN' });
  });
});
