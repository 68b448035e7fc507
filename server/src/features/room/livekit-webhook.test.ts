import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test-support/test-app.ts';
import { roomWorld, signedWebhook, type RoomWorld } from './room.fixtures.ts';

// 09:55 and 10:50 UTC on the session's day, as LiveKit stamps events: seconds since the epoch.
const JOINED = BigInt(Date.parse('2026-11-23T09:55:00Z') / 1000);
const LEFT = BigInt(Date.parse('2026-11-23T10:50:00Z') / 1000);

describe.each(testDialects())('the LiveKit webhook (%s)', (dialect) => {
  let w: RoomWorld;
  beforeEach(async () => {
    w = await roomWorld(dialect);
  });
  afterEach(async () => w.t.close());

  const post = (request: { body: string; authorization?: string }, contentType?: string) =>
    w.t.app.inject({
      method: 'POST',
      url: '/api/livekit/webhook',
      headers: {
        'content-type': contentType ?? 'application/webhook+json',
        ...(request.authorization ? { authorization: request.authorization } : {}),
      },
      payload: request.body,
    });
  const joined = (identity: string, sid: string) => ({
    event: 'participant_joined' as const,
    id: `EV_${sid}`,
    createdAt: JOINED,
    room: { name: w.roomName, sid: 'RM_1' },
    participant: { identity, sid, joinedAt: JOINED },
  });
  const attendance = () =>
    w.t.app.db
      .selectFrom('attendance')
      .select(['user_id', 'joined_at', 'left_at'])
      .where('session_id', '=', w.sessionId)
      .orderBy('joined_at')
      .execute();
  const sessionState = async () =>
    (
      await w.t.app.db
        .selectFrom('sparring_sessions')
        .select('state')
        .where('id', '=', w.sessionId)
        .executeTakeFirstOrThrow()
    ).state;

  it('records who joined and left, once per connection, and makes the session live', async () => {
    const join = await signedWebhook(joined(w.ann, 'PA_ann'));
    expect((await post(join)).json()).toEqual({ outcome: 'recorded' });
    // LiveKit retries a webhook it is not sure arrived: still one row.
    expect((await post(join)).statusCode).toBe(200);
    expect(await attendance()).toEqual([
      { user_id: w.ann, joined_at: '2026-11-23T09:55:00.000Z', left_at: null },
    ]);
    expect(await sessionState()).toBe('live');

    const left = await signedWebhook({
      event: 'participant_left',
      id: 'EV_left',
      createdAt: LEFT,
      room: { name: w.roomName },
      participant: { identity: w.ann, sid: 'PA_ann' },
    });
    expect((await post(left)).statusCode).toBe(200);
    expect(await attendance()).toEqual([
      {
        user_id: w.ann,
        joined_at: '2026-11-23T09:55:00.000Z',
        left_at: '2026-11-23T10:50:00.000Z',
      },
    ]);
  });

  it('marks the session held when the room finishes, closing open attendance', async () => {
    await post(await signedWebhook(joined(w.bob, 'PA_bob')));
    const finished = await signedWebhook({
      event: 'room_finished',
      id: 'EV_done',
      createdAt: LEFT,
      room: { name: w.roomName },
    });
    expect((await post(finished)).json()).toEqual({ outcome: 'recorded' });
    expect(await sessionState()).toBe('held');
    expect((await attendance())[0]?.left_at).toBe('2026-11-23T10:50:00.000Z');
  });

  it('ignores rooms that are no session, and people who are no participant', async () => {
    const check = await signedWebhook({ ...joined(w.ann, 'PA_check'), room: { name: 'check-1' } });
    expect((await post(check)).json()).toEqual({ outcome: 'ignored' });
    const stranger = await signedWebhook(joined('someone-else', 'PA_x'));
    expect((await post(stranger)).json()).toEqual({ outcome: 'ignored' });
    expect(await attendance()).toEqual([]);
  });

  it('refuses a tampered, unsigned or foreign-signed webhook and records nothing', async () => {
    const genuine = await signedWebhook(joined(w.ann, 'PA_ann'));
    const tampered = { ...genuine, body: genuine.body.replace(w.ann, w.bob) };
    expect(tampered.body).not.toBe(genuine.body);
    const refusedTampered = await post(tampered);
    expect(refusedTampered.statusCode).toBe(401);
    expect(refusedTampered.json()).toMatchObject({ code: 'WEBHOOK_UNSIGNED' });
    expect((await post({ body: genuine.body })).statusCode).toBe(401);
    const foreign = await signedWebhook(
      joined(w.ann, 'PA_ann'),
      'another-secret-another-secret-xx',
    );
    expect((await post(foreign)).statusCode).toBe(401);
    expect(await attendance()).toEqual([]);
  });

  it('refuses a body that is not LiveKit JSON with 400', async () => {
    const genuine = await signedWebhook(joined(w.ann, 'PA_ann'));
    expect((await post(genuine, 'application/json')).statusCode).toBe(400);
    expect((await post({ ...genuine, body: '' })).statusCode).toBe(400);
    expect(await attendance()).toEqual([]);
  });
});
