import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import {
  createCommittedSession,
  createPeople,
  outboxMails,
  replyToken,
} from './scheduling.fixtures.ts';

describe.each(testDialects())('one-click replies (%s)', (dialect) => {
  let t: TestApp;
  let sessionId: string;
  let ids: string[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
  });
  afterEach(async () => t.close());

  const replyOf = async (userId: string) =>
    (
      await t.app.db
        .selectFrom('session_participants')
        .select('reply')
        .where('session_id', '=', sessionId)
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).reply;

  it('a GET on a reply link only shows what it would do; the POST of the button does it', async () => {
    const visitor = new Agent(t.app);
    const token = await replyToken(t.app, 'ann@example.nl', 'accept');
    const mailsBefore = (await outboxMails(t.app)).length;
    const preview = await visitor.request('GET', `/api/replies/${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      action: 'accept',
      sessionId,
      name: 'Ann',
      currentReply: 'needs-action',
      state: 'invited',
    });
    expect(await replyOf(ids[0]!)).toBe('needs-action');
    expect(await outboxMails(t.app)).toHaveLength(mailsBefore);

    const posted = await visitor.request('POST', '/api/replies', { token });
    expect(posted.statusCode).toBe(200);
    expect(posted.json()).toEqual({ sessionId, reply: 'accepted', state: 'invited' });
    expect(await replyOf(ids[0]!)).toBe('accepted');
  });

  it('gives the session as a calendar file from the reply link, signed out, changing nothing', async () => {
    const visitor = new Agent(t.app);
    const token = await replyToken(t.app, 'ann@example.nl', 'accept');
    const file = await visitor.request('GET', `/api/replies/${token}/calendar.ics`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.body).toContain(`UID:${sessionId}@localhost`);
    expect(await replyOf(ids[0]!)).toBe('needs-action');
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await visitor.request('GET', `/api/replies/${tampered}/calendar.ics`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'REPLY_LINK_INVALID' });
  });

  it('confirms the session once three participants accepted', async () => {
    const visitor = new Agent(t.app);
    for (const name of ['ann', 'bob']) {
      const token = await replyToken(t.app, `${name}@example.nl`, 'accept');
      await visitor.request('POST', '/api/replies', { token });
    }
    const last = await visitor.request('POST', '/api/replies', {
      token: await replyToken(t.app, 'cas@example.nl', 'accept'),
    });
    expect(last.json()).toMatchObject({ state: 'confirmed' });
    const agent = new Agent(t.app);
    await agent.signIn('cas@example.nl');
    const mine = (await agent.request('GET', '/api/sessions')).json<{
      upcoming: { state: string; myReply: string }[];
    }>();
    expect(mine.upcoming[0]).toMatchObject({ state: 'confirmed', myReply: 'accepted' });
  });

  it('a tampered or expired link gets a clear error, in the reader’s language', async () => {
    const token = await replyToken(t.app, 'ann@example.nl', 'accept');
    const [payload, signature] = token.split('.') as [string, string];
    const swapped = `${payload.slice(0, -2)}${payload.at(-2) === 'A' ? 'B' : 'A'}${payload.at(-1)}.${signature}`;
    const nl = new Agent(t.app);
    const tampered = await nl.request('GET', `/api/replies/${swapped}`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json()).toMatchObject({ code: 'REPLY_LINK_INVALID' });
    expect(tampered.json<{ message: string }>().message).toMatch(/antwoordlink klopt niet/);
    const forged = await nl.request('POST', '/api/replies', {
      token: `${payload}.${'A'.repeat(43)}`,
    });
    expect(forged.json()).toMatchObject({ code: 'REPLY_LINK_INVALID' });
    expect(await replyOf(ids[0]!)).toBe('needs-action');

    t.clock.advanceMinutes(8 * 24 * 60 + 5 * 60); // past the start
    const expired = await new Agent(t.app, 'en').request('GET', `/api/replies/${token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toEqual({
      code: 'REPLY_LINK_EXPIRED',
      message: 'This reply link has expired: the session has started or is over.',
    });
    expect((await nl.request('POST', '/api/replies', { token })).statusCode).toBe(410);
  });

  it('lets a signed-in participant reply from Mijn sessies, and nobody else', async () => {
    const bob = new Agent(t.app);
    await bob.signIn('bob@example.nl');
    const answer = await bob.request('POST', `/api/sessions/${sessionId}/reply`, {
      reply: 'accepted',
    });
    expect(answer.json()).toMatchObject({ reply: 'accepted' });
    await createPeople(t.app, ['Zoe']);
    const stranger = new Agent(t.app);
    await stranger.signIn('zoe@example.nl');
    const refused = await stranger.request('POST', `/api/sessions/${sessionId}/reply`, {
      reply: 'accepted',
    });
    expect(refused.statusCode).toBe(403);
    const invalid = await bob.request('POST', `/api/sessions/${sessionId}/reply`, {
      reply: 'maybe',
    });
    expect(invalid.statusCode).toBe(400);
  });
});
