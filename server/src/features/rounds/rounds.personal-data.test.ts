import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { seedSmallPool, type SmallPool } from './rounds.fixtures.ts';

describe.each(testDialects())('names in stored proposals (%s)', (dialect) => {
  let t: TestApp;
  let pool: SmallPool;
  let coordinator: Agent;
  let round: Round;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    pool = await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    const response = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
    round = response.json<Round>();
  });
  afterEach(async () => t.close());

  it('are in the data export of the person', async () => {
    const ann = new Agent(t.app);
    await ann.signIn('ann@amsterdam.nl');
    const data = (await ann.request('GET', '/api/account/export')).json<{
      matchRounds: { roundId: string; group: { nl: string } | null }[];
    }>();
    expect(data.matchRounds).toEqual([
      expect.objectContaining({ roundId: round.id, group: expect.objectContaining({}) }),
    ]);
  });

  it('are erased with the account, and the proposal can no longer be committed', async () => {
    // Read once before: the app keeps the parsed proposal of a round read lately.
    const before = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(before.body).toContain('Ann Amsterdam');
    const ann = new Agent(t.app);
    await ann.signIn('ann@amsterdam.nl');
    expect((await ann.request('DELETE', '/api/account')).statusCode).toBe(204);
    const after = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain('Ann Amsterdam');
    expect(after.body).not.toContain(pool.debt[0]);
    const stored = await t.app.db
      .selectFrom('match_rounds')
      .select('proposal')
      .executeTakeFirstOrThrow();
    expect(stored.proposal).not.toContain('Ann Amsterdam');
    expect(stored.proposal).not.toContain(pool.debt[0]);
    const commit = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(commit.json()).toMatchObject({ code: 'ROUND_POOL_CHANGED' });
    // Nor the proposal as it was before the erasure, by its version.
    const seen = await coordinator.request(
      'POST',
      `/api/rounds/${round.id}/commit?version=${before.json<Round>().version}`,
    );
    expect(seen.json()).toMatchObject({ code: 'ROUND_VERSION_CONFLICT' });
  });
});
