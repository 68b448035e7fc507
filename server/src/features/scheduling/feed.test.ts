import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createCommittedSession, createPeople } from './scheduling.fixtures.ts';

describe.each(testDialects())('calendar feed and time proposals (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('lists all own sessions (cancelled ones as CANCELLED); renewing kills the old address', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    const first = await createCommittedSession(t.app, ids);
    const second = await createCommittedSession(t.app, ids, '2026-12-08T13:00:00.000Z');
    await t.app.scheduler.runOnce();
    await t.app.db
      .updateTable('sparring_sessions')
      .set({ state: 'cancelled' })
      .where('id', '=', second)
      .execute();
    const ann = new Agent(t.app);
    await ann.signIn('ann@example.nl');
    const feed = (await ann.request('GET', '/api/calendar-feed')).json<{
      url: string;
      webcalUrl: string;
    }>();
    expect(feed.webcalUrl).toMatch(/^webcal:\/\/localhost:3000\/calendar\/.+\.ics$/);
    const path = new URL(feed.url).pathname;

    const subscribed = await t.app.inject({ method: 'GET', url: path });
    expect(subscribed.statusCode).toBe(200);
    expect(subscribed.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(subscribed.body) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: e.getFirstPropertyValue('uid'),
      status: e.getFirstPropertyValue('status'),
    }));
    expect(events).toEqual([
      { uid: `${first}@localhost`, status: 'CONFIRMED' },
      { uid: `${second}@localhost`, status: 'CANCELLED' },
    ]);
    // Calendar apps that accept gzip get the same feed compressed (the feed is dynamic, so
    // @fastify/compress does it); the type and the text stay the same.
    const gzipped = await t.app.inject({
      method: 'GET',
      url: path,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-type']).toMatch(/^text\/calendar/);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(subscribed.body);

    const renewed = (await ann.request('POST', '/api/calendar-feed/renew')).json<{ url: string }>();
    expect(renewed.url).not.toBe(feed.url);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: new URL(renewed.url).pathname })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/calendar/nonsense.ics' })).statusCode).toBe(
      404,
    );

    const single = await ann.request('GET', `/api/sessions/${first}/calendar.ics`);
    expect(single.headers['content-disposition']).toContain('attachment');
    expect(single.body).toContain(`UID:${first}@localhost`);
  });

  it('moves the session when everyone accepts a proposed time; a slot search can find none', async () => {
    const both = [
      { weekday: 2, startMinute: 540, endMinute: 1020 },
      { weekday: 4, startMinute: 540, endMinute: 1020 },
    ];
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas'], { availability: both });
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    const agents = await Promise.all(
      ['ann', 'bob', 'cas'].map(async (name) => {
        const agent = new Agent(t.app);
        await agent.signIn(`${name}@example.nl`);
        return agent;
      }),
    );
    const options = (
      await agents[0]!.request('GET', `/api/sessions/${sessionId}/time-options`)
    ).json<{
      slots: { startsAt: string }[];
    }>();
    const thursday = options.slots.find((s) => s.startsAt === '2026-12-03T09:00:00.000Z');
    expect(thursday).toBeDefined();
    const refused = await agents[0]!.request('POST', `/api/sessions/${sessionId}/proposals`, {
      startsAt: '2026-12-02T09:00:00.000Z',
    });
    expect(refused.json()).toMatchObject({ code: 'SLOT_UNAVAILABLE' });
    const proposal = await agents[0]!.request('POST', `/api/sessions/${sessionId}/proposals`, {
      startsAt: thursday!.startsAt,
    });
    expect(proposal.statusCode).toBe(201);
    const { id } = proposal.json<{ id: string }>();
    for (const agent of agents.slice(1))
      await agent.request('POST', `/api/sessions/${sessionId}/proposals/${id}/vote`, {
        accept: true,
      });
    const session = await t.app.db
      .selectFrom('sparring_sessions')
      .selectAll()
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(session).toMatchObject({ state: 'moved', starts_at: thursday!.startsAt, sequence: 1 });

    // Bob can only on Mondays now: no time left that the whole group can make.
    await t.app.db.deleteFrom('user_availability').where('user_id', '=', ids[1]!).execute();
    await t.app.db
      .insertInto('user_availability')
      .values({ user_id: ids[1]!, weekday: 1, start_minute: 540, end_minute: 1020 })
      .execute();
    const none = (await agents[0]!.request('GET', `/api/sessions/${sessionId}/time-options`)).json<{
      slots: unknown[];
    }>();
    expect(none.slots).toEqual([]);
  });
});
