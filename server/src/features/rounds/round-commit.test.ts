import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { commitRound } from './round-commit.ts';
import { proposalOf } from './rounds.repository.ts';
import { seedSmallPool } from './rounds.fixtures.ts';

/** Everything a commit writes, counted. */
async function written(t: TestApp) {
  const db = t.app.db;
  const n = async (table: 'sparring_sessions' | 'session_participants' | 'pair_history') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const round = await db
    .selectFrom('match_rounds')
    .select(['state', 'committed_at'])
    .executeTakeFirstOrThrow();
  return {
    sessions: await n('sparring_sessions'),
    participants: await n('session_participants'),
    pairs: await n('pair_history'),
    state: round.state,
    committedAt: round.committed_at,
  };
}

const NOTHING = { sessions: 0, participants: 0, pairs: 0, state: 'proposed', committedAt: null };

describe.each(testDialects())('committing a round safely (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let round: Round;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    const response = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
    round = response.json<Round>();
    expect(round.groups.length).toBeGreaterThanOrEqual(2);
  });
  afterEach(async () => t.close());

  it('leaves nothing behind when the commit fails after the sessions are written', async () => {
    let sessionsSeenInside = 0;
    const crash = commitRound(t.app.db, round.id, t.clock.now(), {
      afterSessionsWritten: async (trx) => {
        const rows = await trx.selectFrom('sparring_sessions').select('id').execute();
        sessionsSeenInside = rows.length;
        throw new Error('power cut');
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    expect(sessionsSeenInside).toBe(round.groups.length);
    expect(await written(t)).toEqual(NOTHING);

    const retry = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await written(t)).toMatchObject({ sessions: round.groups.length, state: 'committed' });
  });

  it('rolls back the sessions already written when a participant row breaks a constraint', async () => {
    // The last group lists a member twice: the participant insert fails after every session row.
    const row = await t.app.db
      .selectFrom('match_rounds')
      .select('proposal')
      .executeTakeFirstOrThrow();
    const proposal = proposalOf(row);
    const last = proposal.groups.at(-1)!;
    last.members.push({ ...last.members[0]! });
    await t.app.db
      .updateTable('match_rounds')
      .set({ proposal: JSON.stringify(proposal) })
      .where('id', '=', round.id)
      .execute();

    const response = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'INTERNAL' });
    expect(await written(t)).toEqual(NOTHING);
  });
});
