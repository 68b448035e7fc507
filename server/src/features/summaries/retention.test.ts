import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createSession } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { applyRetention, retentionCutoff } from './retention.ts';
import { agree, heldGroup, save, seedNotes } from './summaries.fixtures.ts';

describe('retention period', () => {
  it('defaults to 12 months and can be configured', () => {
    expect(loadConfig({ SESSION_SECRET: 'x' }).retentionMonths).toBe(12);
    expect(loadConfig({ SESSION_SECRET: 'x', RETENTION_MONTHS: '6' }).retentionMonths).toBe(6);
    expect(() => loadConfig({ SESSION_SECRET: 'x', RETENTION_MONTHS: 'soon' })).toThrow(
      /RETENTION_MONTHS/,
    );
  });

  it('counts calendar months back', () => {
    expect(retentionCutoff(new Date('2027-11-23T03:17:00Z'), 12).toISOString()).toBe(
      '2026-11-23T03:17:00.000Z',
    );
  });
});

describe.each(testDialects())('retention job (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('deletes old notes and unpublished summaries, and nothing else', async () => {
    // An old session whose summary was published, and one whose summary stayed a draft.
    const published = await heldGroup(t, { startsAt: '2025-06-02T09:00:00.000Z' });
    const ids = published.ids;
    const draft = await createSession(t.app, {
      participants: [{ userId: ids.anna }, { userId: ids.bram }],
      startsAt: '2025-06-09T09:00:00.000Z',
      state: 'held',
    });
    // A recent session with notes and a draft summary.
    const recent = await createSession(t.app, {
      participants: [{ userId: ids.anna }, { userId: ids.chantal }],
      startsAt: '2026-11-09T09:00:00.000Z',
      state: 'held',
    });
    for (const sessionId of [published.sessionId, draft, recent]) {
      await seedNotes(t, sessionId);
      await save(published.anna, sessionId, 0);
    }
    for (const agent of [published.anna, published.bram, published.chantal])
      await agree(agent, published.sessionId, 'hidden');
    await published.anna.request('POST', `/api/sessions/${draft}/rating`, {
      rating: 5,
      sparAgain: [ids.bram],
    });

    const result = await applyRetention(t.app.db, new Date('2026-11-23T03:17:00Z'), 12);
    expect(result).toEqual({ summaries: 1, notes: 2 });

    const summaries = await t.app.db.selectFrom('summaries').select('session_id').execute();
    expect(summaries.map((s) => s.session_id).sort()).toEqual([published.sessionId, recent].sort());
    const notes = await t.app.db.selectFrom('notes_documents').select('session_id').execute();
    expect(notes.map((n) => n.session_id)).toEqual([recent]);
    const library = await t.app.db.selectFrom('library_entries').select('session_id').execute();
    expect(library.map((l) => l.session_id)).toEqual([published.sessionId]);
    expect(await t.app.db.selectFrom('sparring_sessions').select('id').execute()).toHaveLength(3);
    expect(await t.app.db.selectFrom('session_ratings').select('rating').execute()).toHaveLength(1);
    expect(await t.app.db.selectFrom('spar_again_answers').select('wants').execute()).toHaveLength(
      1,
    );

    // Run again: nothing more is due.
    expect(await applyRetention(t.app.db, new Date('2026-11-23T03:17:00Z'), 12)).toEqual({
      summaries: 0,
      notes: 0,
    });
  });
});
