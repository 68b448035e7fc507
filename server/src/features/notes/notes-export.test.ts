import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { heldGroup, seedNotes } from '../summaries/summaries.fixtures.ts';

describe.each(testDialects())('notes: the Markdown export is guarded (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('replaces valid BSNs and IBANs and says what else may be personal data', async () => {
    const { sessionId, anna } = await heldGroup(t);
    await seedNotes(t, sessionId, [
      'Het BSN 111 222 333 en NL20 INGB 0001 2345 67 stonden in de chat.',
      'Bel de consulent op 06-12345678.',
    ]);
    const response = await anna.request('GET', `/api/sessions/${sessionId}/notes.md`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('111 222 333');
    expect(response.body).not.toContain('NL20 INGB');
    expect(response.body).toContain('Het BSN [BSN] en [IBAN] stonden in de chat.');
    expect(response.body).toContain('06-12345678');
    expect(response.headers['x-personal-data-replaced']).toBe('2');
    expect(Number(response.headers['x-personal-data-warnings'])).toBeGreaterThanOrEqual(1);
    const [title, notice] = response.body.split('\n\n');
    expect(title).toMatch(/^# Notities /);
    expect(notice).toMatch(/^> Controle op persoonsgegevens: 2 geldig\(e\) burgerservicenummer/);
  });

  it('replaces nothing else: names only get a notice to check them before sharing', async () => {
    const { sessionId, anna } = await heldGroup(t);
    await seedNotes(t, sessionId);
    const response = await anna.request('GET', `/api/sessions/${sessionId}/notes.md`);
    expect(response.headers['x-personal-data-replaced']).toBe('0');
    expect(response.body).toContain('Anna uit Utrecht');
    expect(response.body).toMatch(
      /> Controle op persoonsgegevens: \d+ mogelijk\(e\) persoonsgegeven/,
    );
    expect(response.body).not.toContain('vervangen');
  });

  it('reads the notes as a person does: a BSN or IBAN split by bold or italics is still replaced', async () => {
    const { sessionId, anna } = await heldGroup(t);
    await seedNotes(t, sessionId, [
      ['BSN 111 ', { text: '222', marks: ['bold'] }, ' 333 staat in het dossier.'],
      ['Rekening NL20 INGB ', { text: '0001', marks: ['italic'] }, ' 2345 67 van de moeder.'],
      ['Geen BSN: 123 ', { text: '456', marks: ['bold'] }, ' 789.'],
    ]);
    const response = await anna.request('GET', `/api/sessions/${sessionId}/notes.md`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('BSN [BSN] staat in het dossier.');
    expect(response.body).toContain('Rekening [IBAN] van de moeder.');
    expect(response.body).toContain('Geen BSN: 123 **456** 789.');
    expect(response.headers['x-personal-data-replaced']).toBe('2');
  });
});
