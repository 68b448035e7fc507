import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, latestToken } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { nonCanonicalVariants } from '../../test-support/tokens.ts';
import { signConsentToken } from '../summaries/consent-tokens.ts';
import { CONTENT, heldGroup } from '../summaries/summaries.fixtures.ts';
import {
  createCommittedSession,
  createPeople,
  outboxMails,
  replyToken,
} from './scheduling.fixtures.ts';

/**
 * Every kind of token the app hands out (one-click reply links, sign-in and e-mail-change
 * links, calendar feed addresses) is accepted only in the exact spelling it was issued in.
 */
describe.each(testDialects())('tokens only in their canonical spelling (%s)', (dialect) => {
  let t: TestApp;
  let sessionId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
  });
  afterEach(async () => t.close());

  // Each variant from its own address, so the per-address limits of link routes stay out of it.
  let address = 0;
  const visitor = () => {
    const agent = new Agent(t.app);
    address += 1;
    agent.remoteAddress = `10.1.${Math.floor(address / 250)}.${address % 250}`;
    return agent;
  };
  const expectRefused = (response: { statusCode: number; json: () => unknown }) => {
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json()).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
  };

  it('a reply link: a variant neither previews nor stores a reply', async () => {
    const token = await replyToken(t.app, 'ann@example.nl', 'accept');
    const variants = nonCanonicalVariants(token);
    // 15 siblings of each part's last character, padding and a stray character, for both parts.
    expect(variants.length).toBeGreaterThanOrEqual(30);
    const mails = (await outboxMails(t.app)).length;
    for (const variant of variants) {
      expectRefused(await visitor().request('GET', `/api/replies/${encodeURIComponent(variant)}`));
      expectRefused(await visitor().request('POST', '/api/replies', { token: variant }));
    }
    const reply = await t.app.db
      .selectFrom('session_participants')
      .innerJoin('users', 'users.id', 'session_participants.user_id')
      .select('reply')
      .where('session_id', '=', sessionId)
      .where('users.email', '=', 'ann@example.nl')
      .executeTakeFirstOrThrow();
    expect(reply.reply).toBe('needs-action');
    expect(await outboxMails(t.app)).toHaveLength(mails);
    // The link as issued still works.
    expect((await visitor().request('POST', '/api/replies', { token })).statusCode).toBe(200);
  });

  it('a sign-in link: a variant signs nobody in and leaves the link usable', async () => {
    const token = await visitor().requestLoginToken('ann@example.nl');
    for (const variant of nonCanonicalVariants(token))
      expectRefused(await visitor().request('POST', '/api/auth/session', { token: variant }));
    expect(await t.app.db.selectFrom('auth_sessions').select('user_id').execute()).toEqual([]);
    expect((await visitor().request('POST', '/api/auth/session', { token })).statusCode).toBe(200);
  });

  it('an e-mail-change link: a variant changes no address', async () => {
    const ann = new Agent(t.app);
    await ann.signIn('ann@example.nl');
    await ann.request('POST', '/api/account/email-change', { newEmail: 'ann@gemeente.nl' });
    const token = await latestToken(t.app, 'ann@gemeente.nl');
    for (const variant of nonCanonicalVariants(token))
      expectRefused(await visitor().request('POST', '/api/auth/email-change', { token: variant }));
    const unchanged = await t.app.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'ann@gemeente.nl')
      .execute();
    expect(unchanged).toEqual([]);
  });

  it('a consent link: a variant neither shows the summary nor agrees', async () => {
    const held = await heldGroup(t);
    await held.anna.request('PUT', `/api/sessions/${held.sessionId}/summary`, {
      version: 0,
      content: CONTENT,
    });
    const token = signConsentToken(t.config.sessionSecret, {
      sessionId: held.sessionId,
      userId: held.ids.bram,
      expiresAt: '2026-12-31T00:00:00.000Z',
    });
    expect((await visitor().request('GET', `/api/consent-links/${token}`)).statusCode).toBe(200);
    for (const variant of nonCanonicalVariants(token)) {
      expectRefused(
        await visitor().request('GET', `/api/consent-links/${encodeURIComponent(variant)}`),
      );
      expectRefused(
        await visitor().request('POST', '/api/consent-links', { token: variant, answer: 'refuse' }),
      );
    }
    expect(await t.app.db.selectFrom('summary_consents').selectAll().execute()).toEqual([]);
  });

  it('a calendar feed address: a variant serves no calendar', async () => {
    const ann = new Agent(t.app);
    await ann.signIn('ann@example.nl');
    const { url } = (await ann.request('GET', '/api/calendar-feed')).json<{ url: string }>();
    const secret = /\/calendar\/(.+)\.ics$/.exec(url)![1]!;
    expect((await visitor().request('GET', `/calendar/${secret}.ics`)).statusCode).toBe(200);
    const [userId, mac] = secret.split('.');
    // The user id part is a UUID, not base64url: vary its case and the MAC's spelling.
    const variants = [
      `${userId!.toUpperCase()}.${mac}`,
      ...nonCanonicalVariants(mac!).map((m) => `${userId}.${m}`),
    ];
    for (const variant of variants)
      expectRefused(await visitor().request('GET', `/calendar/${encodeURIComponent(variant)}.ics`));
  });
});
