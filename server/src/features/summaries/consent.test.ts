import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEntry, LibraryPage } from '@ods/shared/api/library';
import type { SummaryFinding } from '@ods/shared/api/summaries';
import type { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { syncPublication } from './publication.ts';
import { saveConsent } from './summary-people.repository.ts';
import { agree, CONTENT, heldGroup, save, seedNotes, view } from './summaries.fixtures.ts';

async function search(agent: Agent, q: string): Promise<string[]> {
  const page = (
    await agent.request('GET', `/api/library?q=${encodeURIComponent(q)}`)
  ).json<LibraryPage>();
  return page.items.map((item) => item.id);
}

describe.each(testDialects())('summaries: consent to publish (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('publishes only when everyone agreed, shows each as chosen, and takes it down on withdrawal', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await save(anna, sessionId, 0);
    expect((await agree(anna, sessionId, 'name-and-municipality')).statusCode).toBe(200);
    expect((await agree(bram, sessionId, 'size-class-and-region')).statusCode).toBe(200);

    // Chantal withholds: private, not in the library.
    expect((await view(anna, sessionId)).status).toBe('awaiting-consent');
    expect(await search(bram, 'wachttijd')).toEqual([]);
    expect((await anna.request('GET', `/api/library/${sessionId}`)).statusCode).toBe(404);

    const last = await agree(chantal, sessionId, 'hidden');
    expect(last.json()).toMatchObject({ status: 'published' });
    expect(await search(chantal, 'wachttijd')).toEqual([sessionId]);
    const entry = (await bram.request('GET', `/api/library/${sessionId}`)).json<LibraryEntry>();
    expect(entry.contributors).toEqual([
      {
        shownAs: 'name-and-municipality',
        name: 'Anna de Vries',
        municipalityName: 'Utrecht',
        sizeClass: null,
        region: null,
      },
      {
        shownAs: 'size-class-and-region',
        name: null,
        municipalityName: null,
        sizeClass: 'klein',
        region: 'Friesland',
      },
    ]);
    expect(entry.hiddenCount).toBe(1);
    expect(JSON.stringify(entry)).not.toContain('Bram Bakker');
    expect(JSON.stringify(entry)).not.toContain('Chantal');
    expect(entry.content).toEqual(CONTENT);

    const withdrawn = await bram.request('POST', `/api/sessions/${sessionId}/summary/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'awaiting-consent' });
    expect(await search(anna, 'wachttijd')).toEqual([]);
    expect((await anna.request('GET', `/api/library/${sessionId}`)).statusCode).toBe(404);
  });

  it('asks everyone again after an edit: people agreed to a text', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await save(anna, sessionId, 0);
    for (const agent of [anna, bram, chantal]) await agree(agent, sessionId, 'hidden');
    expect(await search(anna, 'wachttijd')).toEqual([sessionId]);

    const edited = await save(chantal, sessionId, 1, { ...CONTENT, advice: 'Nieuw advies.' });
    expect(edited.json()).toMatchObject({ status: 'draft', version: 2 });
    const people = (await view(anna, sessionId)).participants;
    expect(people.map((p) => p.consent)).toEqual([
      { agreed: false, attribution: 'hidden' },
      { agreed: false, attribution: 'hidden' },
      { agreed: false, attribution: 'hidden' },
    ]);
    expect(await search(anna, 'wachttijd')).toEqual([]);
  });

  it('asks nobody again when a save changes nothing', async () => {
    const { sessionId, anna, bram } = await heldGroup(t);
    await save(anna, sessionId, 0);
    await agree(anna, sessionId, 'hidden');
    const reordered = Object.fromEntries(Object.entries(CONTENT).reverse()) as typeof CONTENT;
    const again = await save(bram, sessionId, 1, reordered);
    expect(again.json()).toMatchObject({ version: 1, status: 'awaiting-consent' });
  });

  it('refuses consent to a version the person has not read', async () => {
    const { sessionId, anna, bram } = await heldGroup(t);
    await save(anna, sessionId, 0);
    await save(anna, sessionId, 1, { ...CONTENT, advice: 'Nieuw' });
    const response = await bram.request('POST', `/api/sessions/${sessionId}/summary/consent`, {
      version: 1,
      attribution: 'hidden',
      confirmedWarnings: [],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'SUMMARY_STALE' });
  });

  it('blocks publishing a summary with a valid BSN, whoever agrees', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await save(anna, sessionId, 0, {
      ...CONTENT,
      insights: 'Het gezin (BSN 111222333) wachtte lang.',
    });
    const response = await agree(anna, sessionId, 'hidden', [{ kind: 'bsn', text: '111222333' }]);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'SUMMARY_PERSONAL_DATA',
      findings: [expect.objectContaining({ field: 'insights', kind: 'bsn', match: '111222333' })],
    });
    for (const agent of [bram, chantal])
      expect((await agree(agent, sessionId, 'hidden')).statusCode).toBe(422);
    expect((await view(anna, sessionId)).status).toBe('draft');
    expect(await search(anna, 'gezin')).toEqual([]);
  });

  it('refuses consent while the text names a participant who is not shown by name, and says where', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    const insights = 'Volgens chantal SMIT en Anna de Vries helpt een vast intaketeam.';
    const takeaways = 'Bram had gelijk; mail anna@UTRECHT.example voor de checklist.';
    await save(anna, sessionId, 0, { ...CONTENT, insights, takeaways });

    // Anna is shown by name (her name may stay), Bram and Chantal have not chosen: kept out.
    const refused = await agree(anna, sessionId, 'name-and-municipality');
    expect(refused.statusCode).toBe(422);
    const body = refused.json<{ code: string; message: string; findings: SummaryFinding[] }>();
    expect(body.code).toBe('SUMMARY_NAMES_PARTICIPANT');
    expect(body.message).toMatch(/deelnemer die niet met naam genoemd wil worden/);
    expect(body.findings.map((f) => [f.field, f.match, f.severity, f.replacement])).toEqual([
      ['insights', 'chantal SMIT', 'block', '[naam]'],
      ['takeaways', 'Bram', 'block', '[naam]'],
      ['takeaways', 'anna@UTRECHT.example', 'block', '[e-mailadres]'],
    ]);
    const first = body.findings[0]!;
    expect(insights.slice(first.start, first.end)).toBe('chantal SMIT');
    // Nothing about the people beyond the spans in the text itself.
    for (const secret of ['Bram Bakker', 'Chantal Smit', 'bram@', 'chantal@', 'Schiermonnikoog'])
      expect(refused.body).not.toContain(secret);

    // Chosen as hidden, Anna's own name is kept out too: the check follows the choice being made.
    const hidden = await agree(anna, sessionId, 'hidden');
    expect(hidden.json<{ findings: SummaryFinding[] }>().findings.map((f) => f.match)).toContain(
      'Anna de Vries',
    );
    for (const agent of [bram, chantal])
      expect((await agree(agent, sessionId, 'hidden')).statusCode).toBe(422);
    expect((await view(anna, sessionId)).status).toBe('draft');

    // Replaced: everyone can agree and it is published without the names.
    await save(anna, sessionId, 1, {
      ...CONTENT,
      insights: 'Volgens [naam] en Anna de Vries helpt een vast intaketeam.',
      takeaways: '[naam] had gelijk; vraag de gespreksleider om de checklist.',
    });
    // Her own name is an ordinary warning she confirms, as anywhere else.
    const ownName = [{ kind: 'person-name', text: 'Anna de Vries' }];
    const agreed = await agree(anna, sessionId, 'name-and-municipality', ownName);
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect((await agree(bram, sessionId, 'hidden')).statusCode).toBe(200);
    const last = await agree(chantal, sessionId, 'size-class-and-region');
    expect(last.json()).toMatchObject({ status: 'published' });
    const entry = await anna.request('GET', `/api/library/${sessionId}`);
    expect(entry.body).not.toMatch(/chantal|bram|@utrecht/i);
  });

  it("checks the names again right before publishing, against everyone's final choice", async () => {
    const { sessionId, ids, anna } = await heldGroup(t);
    await save(anna, sessionId, 0, { ...CONTENT, takeaways: 'Chantal Smit had gelijk.' });
    // Consents recorded without the consent route (as an older version of the app could have).
    const now = new Date('2026-11-17T10:00:00.000Z');
    for (const userId of Object.values(ids))
      await saveConsent(t.app.db, sessionId, userId, { attribution: 'hidden', agreed: true }, now);
    await t.app.db.transaction().execute((trx) => syncPublication(trx, sessionId, now));
    expect((await anna.request('GET', `/api/library/${sessionId}`)).statusCode).toBe(404);
    expect(await search(anna, 'gelijk')).toEqual([]);
  });

  it('publishes a text with a warning only once it is confirmed as fictional', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await save(anna, sessionId, 0, { ...CONTENT, followUps: 'Bel de consulent op 06-12345678.' });
    const refused = await agree(anna, sessionId, 'hidden');
    expect(refused.json()).toMatchObject({
      code: 'SUMMARY_UNCONFIRMED_WARNINGS',
      findings: [expect.objectContaining({ kind: 'phone', field: 'followUps' })],
    });
    const match = refused.json<{ findings: { kind: string; match: string }[] }>().findings[0]!;
    const confirmed = [{ kind: match.kind, text: match.match }];
    expect((await agree(anna, sessionId, 'hidden', confirmed)).statusCode).toBe(200);
    // The confirmation is kept with the text, so the others need not confirm again.
    expect((await agree(bram, sessionId, 'hidden')).statusCode).toBe(200);
    expect((await agree(chantal, sessionId, 'hidden')).json()).toMatchObject({
      status: 'published',
    });
  });

  it('locks the notes once the summary is final', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await seedNotes(t, sessionId);
    await save(anna, sessionId, 0);
    await agree(anna, sessionId, 'hidden');
    await agree(bram, sessionId, 'hidden');
    const locked = () =>
      t.app.db.selectFrom('notes_documents').select('locked_at').executeTakeFirstOrThrow();
    expect((await locked()).locked_at).toBeNull();
    const final = (await agree(chantal, sessionId, 'hidden')).json<{ finalisedAt: string }>();
    expect(final.finalisedAt).toEqual(expect.any(String));
    expect((await locked()).locked_at).toBe(final.finalisedAt);
  });

  it('keeps a published summary when a participant deletes their account, without them', async () => {
    const { sessionId, anna, bram, chantal } = await heldGroup(t);
    await save(anna, sessionId, 0);
    await agree(anna, sessionId, 'name-and-municipality');
    await agree(bram, sessionId, 'name-and-municipality');
    await agree(chantal, sessionId, 'size-class-and-region');
    expect((await bram.request('DELETE', '/api/account')).statusCode).toBe(204);

    const entry = (await anna.request('GET', `/api/library/${sessionId}`)).json<LibraryEntry>();
    expect(entry.contributors.map((c) => c.name ?? c.region)).toEqual([
      'Anna de Vries',
      'Groningen',
    ]);
    expect(entry.hiddenCount).toBe(1);
    const consents = await t.app.db
      .selectFrom('summary_consents')
      .select(['user_id', 'attribution', 'agreed'])
      .where('user_id', 'is', null)
      .execute();
    expect(consents).toEqual([{ user_id: null, attribution: 'hidden', agreed: 1 }]);
    const friesland = (
      await anna.request('GET', '/api/library?region=Friesland')
    ).json<LibraryPage>();
    expect(friesland.items).toEqual([]);
  });
});
