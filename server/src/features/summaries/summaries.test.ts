import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import {
  agree,
  CONTENT,
  heldGroup,
  save,
  seedNotes,
  signedIn,
  view,
} from './summaries.fixtures.ts';
import { insertSummary } from './summaries.repository.ts';

describe.each(testDialects())('summaries: reading and editing (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('shows a private summary to its participants only: anyone else, coordinators too, gets 404', async () => {
    const group = await heldGroup(t);
    await createUser(t.app, { email: 'other@example.nl' });
    await createUser(t.app, { email: 'coordinator@example.nl', role: 'coordinator' });
    expect((await save(group.anna, group.sessionId, 0)).statusCode).toBe(200);
    for (const email of ['other@example.nl', 'coordinator@example.nl']) {
      const outsider = await signedIn(t, email);
      const response = await outsider.request('GET', `/api/sessions/${group.sessionId}/summary`);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('wachttijd');
      const put = await save(outsider, group.sessionId, 1);
      expect(put.statusCode).toBe(404);
    }
    expect((await view(group.chantal, group.sessionId)).content.question).toBe(CONTENT.question);
  });

  it('has no summary before the session is held', async () => {
    const group = await heldGroup(t, { state: 'confirmed', startsAt: '2026-12-01T09:00:00.000Z' });
    const response = await group.anna.request('GET', `/api/sessions/${group.sessionId}/summary`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'SUMMARY_NOT_YET' });
  });

  it('drafts the summary from the notes without storing anything, until the first save', async () => {
    const group = await heldGroup(t);
    await seedNotes(t, group.sessionId);
    const draft = await view(group.bram, group.sessionId);
    expect(draft).toMatchObject({ saved: false, version: 0, status: 'draft' });
    expect(draft.content).toEqual({
      question: 'Hoe houd je een gezin met schulden vast tijdens de wachttijd?',
      insights: 'de intake is de flessenhals',
      exchange: [
        {
          municipality: 'Utrecht',
          approach: 'Vast team',
          tools: 'Budgetcoach',
          whatWorks: 'Snel terugbellen',
        },
      ],
      advice: 'Maak een afspraak binnen een week',
      takeaways: 'minder formulieren',
      // The notes named Bram; nobody has chosen to be named yet, so the draft does not.
      followUps: '[naam] deelt de checklist',
    });
    const stored = await t.app.db.selectFrom('summaries').selectAll().execute();
    expect(stored).toEqual([]);
  });

  it('checks the draft made from the notes against the participants before anyone is asked to agree', async () => {
    const group = await heldGroup(t);
    await seedNotes(t, group.sessionId);
    const draft = await view(group.chantal, group.sessionId);
    // The notes said "Bram deelt de checklist": the draft already has [naam] in its place.
    expect(draft.content.followUps).toBe('[naam] deelt de checklist');
    expect(draft.knownPeople).toEqual([]);
    // Typed back in, the name of someone not shown by name is found before anyone agrees.
    await save(group.anna, group.sessionId, 0, {
      ...draft.content,
      followUps: 'Bram deelt de checklist',
    });
    expect((await view(group.chantal, group.sessionId)).knownPeople).toEqual([
      expect.objectContaining({
        field: 'followUps',
        kind: 'person-name',
        match: 'Bram',
        start: 0,
        end: 4,
        severity: 'block',
        replacement: '[naam]',
      }),
    ]);
    // Shown by name, his name may stay.
    await agree(group.bram, group.sessionId, 'name-and-municipality');
    expect((await view(group.chantal, group.sessionId)).knownPeople).toEqual([]);
  });

  it('refuses a save over a version the writer has not seen, with a clear message', async () => {
    const group = await heldGroup(t);
    expect((await save(group.anna, group.sessionId, 0)).json()).toMatchObject({ version: 1 });
    const stale = await save(group.bram, group.sessionId, 0, { ...CONTENT, advice: 'Anders' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'SUMMARY_STALE',
      message: expect.stringContaining('Iemand anders heeft de samenvatting intussen opgeslagen'),
    });
    const fresh = await save(group.bram, group.sessionId, 1, { ...CONTENT, advice: 'Anders' });
    expect(fresh.json()).toMatchObject({ version: 2, content: { advice: 'Anders' } });
    expect((await view(group.anna, group.sessionId)).content.advice).toBe('Anders');
  });

  it('saves over the draft the app stored from the notes, for an editor who opened it before', async () => {
    const group = await heldGroup(t);
    await seedNotes(t, group.sessionId);
    const opened = await view(group.anna, group.sessionId);
    expect(opened.version).toBe(0);
    // Meanwhile the room emptied and the app stored the draft to ask for consent.
    await insertSummary(t.app.db, group.sessionId, opened.content, null, t.clock.now());
    const saved = await save(group.anna, group.sessionId, 0, {
      ...opened.content,
      advice: 'Bel zelf',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, content: { advice: 'Bel zelf' } });
    // What a person saved is not overwritten that way.
    const late = await save(group.bram, group.sessionId, 0, {
      ...opened.content,
      advice: 'Anders',
    });
    expect(late.statusCode).toBe(409);
  });

  it('lists my past sessions with the summary state, what waits for me and the take-aways', async () => {
    const group = await heldGroup(t);
    await createSession(t.app, {
      participants: [{ userId: group.ids.anna }],
      startsAt: '2026-12-10T09:00:00.000Z',
    });
    await save(group.bram, group.sessionId, 0);
    const mine = (await group.anna.request('GET', '/api/summaries/mine')).json<unknown[]>();
    expect(mine).toEqual([
      {
        sessionId: group.sessionId,
        topic: { slug: 'schuldhulpverlening', name: expect.any(Object) },
        startsAt: '2026-11-16T09:00:00.000Z',
        status: 'draft',
        saved: true,
        waitingForMe: { consent: true, rating: true },
        takeaways: CONTENT.takeaways,
      },
    ]);
  });
});
