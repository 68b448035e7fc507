import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { testDialects } from '../../test-support/test-app.ts';
import { roomWorld, signedWebhook, type RoomWorld } from './room.fixtures.ts';

// 10:05 UTC, five minutes into the session, as LiveKit stamps events: seconds since the epoch.
const JOINED = BigInt(Date.parse('2026-11-23T10:05:00Z') / 1000);

describe.each(testDialects())('a session ends as held without room_finished (%s)', (dialect) => {
  let w: RoomWorld;
  beforeEach(async () => {
    w = await roomWorld(dialect);
  });
  afterEach(async () => w.t.close());

  const join = async (identity: string, sid: string) => {
    const hook = await signedWebhook({
      event: 'participant_joined',
      id: `EV_${sid}`,
      createdAt: JOINED,
      room: { name: w.roomName, sid: 'RM_1' },
      participant: { identity, sid, joinedAt: JOINED },
    });
    const response = await w.t.app.inject({
      method: 'POST',
      url: '/api/livekit/webhook',
      headers: { 'content-type': 'application/webhook+json', authorization: hook.authorization },
      payload: hook.body,
    });
    expect(response.json()).toEqual({ outcome: 'recorded' });
  };
  const state = async () =>
    (
      await w.t.app.db
        .selectFrom('sparring_sessions')
        .select('state')
        .where('id', '=', w.sessionId)
        .executeTakeFirstOrThrow()
    ).state;

  it('two people joined, the webhook of the room finishing was lost: held after the end', async () => {
    await join(w.ann, 'PA_ann');
    await join(w.bob, 'PA_bob');
    expect(await state()).toBe('live');
    // Both are in the room: the session page counts them.
    const bob = new Agent(w.t.app);
    await bob.signIn('bob@groningen.nl');
    const room = await bob.request('GET', `/api/sessions/${w.sessionId}/room`);
    expect(room.json()).toMatchObject({ present: 2 });
    // 10:50: still running, so not held yet.
    w.t.clock.advanceMinutes(110);
    await w.t.app.roomWatch.runOnce();
    expect(await state()).toBe('live');
    // 11:45: the end (11:00) has passed and the room has closed; room_finished never came.
    w.t.clock.advanceMinutes(55);
    expect((await w.t.app.roomWatch.runOnce()).held).toBe(1);
    expect(await state()).toBe('held');
    // The summary can be written now instead of answering 409 SUMMARY_NOT_YET.
    const ann = new Agent(w.t.app);
    await ann.signIn('ann@amsterdam.nl');
    expect((await ann.request('GET', `/api/sessions/${w.sessionId}/summary`)).statusCode).toBe(200);
  });

  it('one person alone in the room is no held session', async () => {
    await join(w.ann, 'PA_ann');
    w.t.clock.advanceMinutes(165);
    expect((await w.t.app.roomWatch.runOnce()).held).toBe(0);
    expect(await state()).toBe('live');
  });
});
