import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEntry, LibraryPage } from '@ods/shared/api/library';
import type { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
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
