import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sparAgainByPerson, sparAgainPairs } from '../../domain/matching/spar-again.repository.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { heldGroup, view } from './summaries.fixtures.ts';

describe.each(testDialects())('summaries: rating after a session (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('asks once for a rating and with whom to spar again; the matcher reads the yeses', async () => {
    const { sessionId, ids, anna, bram } = await heldGroup(t);
    const url = `/api/sessions/${sessionId}/rating`;
    expect((await view(anna, sessionId)).rated).toBe(false);
    const first = await anna.request('POST', url, { rating: 4, sparAgain: [ids.bram] });
    expect(first.statusCode).toBe(204);
    expect((await view(anna, sessionId)).rated).toBe(true);

    // The same answer again (a double click) is taken as the first; another one is refused.
    expect((await anna.request('POST', url, { rating: 4, sparAgain: [ids.bram] })).statusCode).toBe(
      204,
    );
    const again = await anna.request('POST', url, { rating: 1, sparAgain: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_RATED' });

    await bram.request('POST', url, { rating: 5, sparAgain: [ids.anna, ids.chantal] });
    const all = [ids.anna, ids.bram, ids.chantal];
    const expected = [
      { userId: ids.anna, otherUserId: ids.bram },
      { userId: ids.bram, otherUserId: ids.anna },
      { userId: ids.bram, otherUserId: ids.chantal },
    ].sort(
      (a, b) => a.userId.localeCompare(b.userId) || a.otherUserId.localeCompare(b.otherUserId),
    );
    expect(await sparAgainPairs(t.app.db, all)).toEqual(expected);
    expect((await sparAgainByPerson(t.app.db, [ids.anna, ids.bram])).get(ids.bram)).toEqual([
      ids.anna,
    ]);
    const ratings = await t.app.db
      .selectFrom('session_ratings')
      .select(['rating'])
      .orderBy('rating')
      .execute();
    expect(ratings).toEqual([{ rating: 4 }, { rating: 5 }]);
  });

  it('refuses a rating out of range or someone who was not in the session', async () => {
    const { sessionId, anna } = await heldGroup(t);
    const stranger = await createUser(t.app, { email: 'stranger@example.nl' });
    const url = `/api/sessions/${sessionId}/rating`;
    expect((await anna.request('POST', url, { rating: 6, sparAgain: [] })).statusCode).toBe(400);
    const wrong = await anna.request('POST', url, { rating: 3, sparAgain: [stranger] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ fields: { sparAgain: expect.any(String) } });
    expect((await view(anna, sessionId)).rated).toBe(false);
  });
});
