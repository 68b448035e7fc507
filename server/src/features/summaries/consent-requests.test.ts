import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummaryView } from '@ods/shared/api/summaries';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import {
  heldGroup,
  seedAttendance,
  seedNotes,
  view,
  type HeldGroup,
} from './summaries.fixtures.ts';

describe.each(testDialects())('summaries: asking consent of who took part (%s)', (dialect) => {
  let t: TestApp;
  let g: HeldGroup;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    g = await heldGroup(t);
    await seedNotes(t, g.sessionId);
    // Anna and Bram were in the room; Chantal never came.
    await seedAttendance(t, g.sessionId, [g.ids.anna, g.ids.bram]);
  });
  afterEach(async () => t.close());

  const mails = (kind: string) =>
    t.app.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body'])
      .where('kind', '=', kind)
      .orderBy('to_address')
      .execute();
  const linkIn = (text: string) => /\/toestemming\/([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? '';
  const tokenFor = async (email: string, kind = 'consent-request') =>
    linkIn((await mails(kind)).find((m) => m.to_address === email)!.text_body);
  const inLibrary = async () =>
    (await t.app.db
      .selectFrom('library_entries')
      .select('session_id')
      .where('session_id', '=', g.sessionId)
      .executeTakeFirst()) !== undefined;

  it('asks only who took part; a no-show does not block; agreeing from the mail link publishes', async () => {
    expect(await t.app.consentRound.runOnce()).toMatchObject({ asked: 2 });
    // The draft from the notes is stored, so there is a version to agree to.
    const drafted = await view(g.anna, g.sessionId);
    expect(drafted.saved).toBe(true);
    // The notes said "Bram deelt de checklist": the draft already says [naam], so nobody has
    // to replace a participant's name before they can agree.
    expect(drafted.content.followUps).toContain('[naam] deelt de checklist');
    expect(drafted.knownPeople).toEqual([]);
    const asked = await mails('consent-request');
    expect(asked.map((m) => m.to_address)).toEqual([
      'anna@utrecht.example',
      'bram@schiermonnikoog.example',
    ]);
    // A second run asks nobody twice.
    expect(await t.app.consentRound.runOnce()).toMatchObject({ asked: 0 });
    expect(await mails('consent-request')).toHaveLength(2);
    // The in-app notice.
    const notice = await g.anna.request('GET', '/api/me/consent-requests');
    expect(notice.json()).toEqual([expect.objectContaining({ sessionId: g.sessionId })]);
    expect((await g.chantal.request('GET', '/api/me/consent-requests')).json()).toEqual([]);

    // Opening the link (as a mail scanner does) changes nothing.
    const visitor = new Agent(t.app);
    const annaToken = await tokenFor('anna@utrecht.example');
    const preview = await visitor.request('GET', `/api/consent-links/${annaToken}`);
    expect(preview.statusCode).toBe(200);
    const before = preview.json<SummaryView>();
    expect(before.participants.map((p) => [p.name, p.answer])).toEqual([
      ['Anna de Vries', 'waiting'],
      ['Bram Bakker', 'waiting'],
      ['Chantal Smit', 'not-asked'],
    ]);
    const agreeBy = (token: string, version: number) =>
      new Agent(t.app).request('POST', '/api/consent-links', {
        token,
        answer: 'agree',
        version,
        attribution: 'size-class-and-region',
        confirmedWarnings: [],
      });
    const annaAgrees = await agreeBy(annaToken, before.version);
    expect(annaAgrees.statusCode).toBe(200);
    expect(await inLibrary()).toBe(false);
    const bramAgrees = await agreeBy(
      await tokenFor('bram@schiermonnikoog.example'),
      before.version,
    );
    expect(bramAgrees.json<SummaryView>().status).toBe('published');
    expect(await inLibrary()).toBe(true);
    const after = await view(g.chantal, g.sessionId);
    expect(after.participants.map((p) => p.answer)).toEqual(['agreed', 'agreed', 'not-asked']);
    expect((await g.anna.request('GET', '/api/me/consent-requests')).json()).toEqual([]);
  });

  it('reminds once after three days; unanswered it closes after a week and stays private', async () => {
    await t.app.consentRound.runOnce();
    await new Agent(t.app).request('POST', '/api/consent-links', {
      token: await tokenFor('anna@utrecht.example'),
      answer: 'refuse',
    });
    t.clock.advanceMinutes(2 * 24 * 60);
    expect(await t.app.consentRound.runOnce()).toMatchObject({ reminded: 0 });
    t.clock.advanceMinutes(24 * 60 + 1);
    expect(await t.app.consentRound.runOnce()).toMatchObject({ reminded: 1 });
    // Only Bram, who did not answer; Anna said no.
    expect((await mails('consent-reminder')).map((m) => m.to_address)).toEqual([
      'bram@schiermonnikoog.example',
    ]);
    expect(await t.app.consentRound.runOnce()).toMatchObject({ reminded: 0 });
    t.clock.advanceMinutes(4 * 24 * 60);
    expect(await t.app.consentRound.runOnce()).toMatchObject({ closed: 1 });
    const final = await view(g.anna, g.sessionId);
    expect(final.participants.map((p) => p.answer)).toEqual(['refused', 'no-answer', 'not-asked']);
    expect(final.status).not.toBe('published');
    expect(await inLibrary()).toBe(false);
  });

  it('mails only who wants mail about summaries; the others see it in the app', async () => {
    await t.app.db
      .updateTable('users')
      .set({ mail_summaries: 0 })
      .where('id', '=', g.ids.bram)
      .execute();
    expect(await t.app.consentRound.runOnce()).toMatchObject({ asked: 2 });
    expect((await mails('consent-request')).map((m) => m.to_address)).toEqual([
      'anna@utrecht.example',
    ]);
    expect((await g.bram.request('GET', '/api/me/consent-requests')).json()).toHaveLength(1);
  });

  it('refuses a tampered link with a clear message, and changes nothing', async () => {
    await t.app.consentRound.runOnce();
    const token = await tokenFor('anna@utrecht.example');
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    const response = await new Agent(t.app).request('GET', `/api/consent-links/${tampered}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'CONSENT_LINK_INVALID' });
  });
});
