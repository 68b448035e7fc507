import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { seedSmallPool } from './rounds.fixtures.ts';

describe.each(testDialects())('a round plans sessions around ready cases (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let owner: string;
  let caseId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const pool = await seedSmallPool(t.app);
    owner = pool.debt[3]!;
    caseId = randomUUID();
    const stamp = t.clock.now().toISOString();
    await t.app.db
      .insertInto('cases')
      .values({
        id: caseId,
        owner_id: owner,
        title: 'Schulden bij een jonge ondernemer',
        topic_slug: 'schuldhulpverlening',
        situation: 'Noem hem Mo. Hij heeft een eenmanszaak en loopt achter met de huur.',
        question: 'Hoe combineren jullie schuldhulp met ondernemersadvies?',
        size_class: null,
        state: 'ready',
        confirmed_warnings: '[]',
        created_at: stamp,
        updated_at: stamp,
        ready_at: stamp,
      })
      .execute();
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
  });
  afterEach(async () => t.close());

  it('puts the case owner in a group on that case, as case owner, and marks the case used on commit', async () => {
    const round = (
      await coordinator.request('POST', '/api/rounds', {
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      })
    ).json<Round>();
    const group = round.groups.find((g) => g.caseId === caseId);
    expect(group, 'a group for the case').toBeDefined();
    expect(group!.members).toContainEqual(
      expect.objectContaining({ userId: owner, role: 'case-owner' }),
    );

    expect((await coordinator.request('POST', `/api/rounds/${round.id}/commit`)).statusCode).toBe(
      200,
    );
    const stored = await t.app.db
      .selectFrom('cases')
      .select('state')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stored.state).toBe('used');
    const session = await t.app.db
      .selectFrom('sparring_sessions')
      .select('id')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    expect(session).toBeDefined();
  });

  it('refuses the commit when the owner withdrew the case since the proposal', async () => {
    const round = (
      await coordinator.request('POST', '/api/rounds', {
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      })
    ).json<Round>();
    await t.app.db.updateTable('cases').set({ state: 'draft' }).where('id', '=', caseId).execute();
    const commit = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(commit.statusCode).toBe(409);
    expect(await t.app.db.selectFrom('sparring_sessions').select('id').execute()).toEqual([]);
  });
});
