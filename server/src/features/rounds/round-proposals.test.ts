import { afterEach, describe, expect, it } from 'vitest';
import type { Round, RoundProposal } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import { seedSmallPool } from './rounds.fixtures.ts';

const DECEMBER = { periodStart: '2026-12-01', periodEnd: '2026-12-31' };
/** So many search attempts per person that a proposal runs until it is cancelled. */
const ENDLESS = { ROUND_SEARCH_EFFORT: '100000000' };

describe('round proposals in the background (sqlite)', () => {
  let t: TestApp;
  let coordinator: Agent;
  afterEach(async () => t.close());

  async function setUp(env: Record<string, string>): Promise<void> {
    t = await createTestApp('sqlite', env);
    await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
  }

  async function start(): Promise<RoundProposal> {
    const response = await coordinator.request('POST', '/api/rounds/proposals', DECEMBER);
    expect(response.statusCode, response.body).toBe(202);
    return response.json<RoundProposal>();
  }

  async function read(id: string): Promise<RoundProposal> {
    const response = await coordinator.request('GET', `/api/rounds/proposals/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RoundProposal>();
  }

  const searching = async (id: string) => {
    const job = await read(id);
    return job.state === 'running' && job.phase === 'search' && job.bestObjective !== null;
  };

  it('answers /health and a read route while a proposal is still searching, then cancels it', async () => {
    await setUp(ENDLESS);
    const job = await start();
    expect(job).toMatchObject({ state: 'running', queuePosition: 0, roundId: null });
    await expect.poll(() => searching(job.id), { timeout: 30_000 }).toBe(true);

    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    const list = await coordinator.request('GET', '/api/rounds');
    expect(list.statusCode).toBe(200);
    // Both answered while the search still ran.
    expect((await read(job.id)).state).toBe('running');

    const cancel = await coordinator.request('POST', `/api/rounds/proposals/${job.id}/cancel`);
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json<RoundProposal>()).toMatchObject({ state: 'cancelled', roundId: null });
    const again = await coordinator.request('POST', `/api/rounds/proposals/${job.id}/cancel`);
    expect(again.json<RoundProposal>().state).toBe('cancelled');
    expect((await read(job.id)).finishedAt).not.toBeNull();
    expect((await coordinator.request('GET', '/api/rounds')).json<{ rounds: [] }>().rounds).toEqual(
      [],
    );
  });

  it('queues a second proposal behind the running one and says so', async () => {
    await setUp(ENDLESS);
    const first = await start();
    const second = await start();
    expect(second).toMatchObject({ state: 'queued', phase: 'waiting', queuePosition: 1 });
    await expect.poll(() => searching(first.id), { timeout: 30_000 }).toBe(true);
    expect((await read(second.id)).state).toBe('queued');

    await coordinator.request('POST', `/api/rounds/proposals/${first.id}/cancel`);
    await expect.poll(() => searching(second.id), { timeout: 30_000 }).toBe(true);
    expect((await read(second.id)).queuePosition).toBe(0);
    await coordinator.request('POST', `/api/rounds/proposals/${second.id}/cancel`);
    expect((await read(second.id)).state).toBe('cancelled');
  });

  it('cancels a queued proposal before it starts', async () => {
    await setUp(ENDLESS);
    const first = await start();
    const second = await start();
    const cancelled = await coordinator.request(
      'POST',
      `/api/rounds/proposals/${second.id}/cancel`,
    );
    expect(cancelled.json<RoundProposal>()).toMatchObject({ state: 'cancelled', startedAt: null });
    expect((await read(first.id)).state).toBe('running');
    await coordinator.request('POST', `/api/rounds/proposals/${first.id}/cancel`);
  });

  it(
    'settles for the best groups so far at the deadline, and stores them',
    { timeout: 90_000 },
    async () => {
      await setUp({ ...ENDLESS, ROUND_DEADLINE_SECONDS: '10' });
      const job = await start();
      const finished = async () => !['queued', 'running'].includes((await read(job.id)).state);
      await expect.poll(finished, { timeout: 60_000 }).toBe(true);
      const done = await read(job.id);
      expect(done).toMatchObject({ state: 'done', phase: 'finished', error: null });
      const round = await coordinator.request('GET', `/api/rounds/${done.roundId}`);
      expect(round.json<Round>().stats.stoppedBy).toBe('deadline');
      expect(round.json<Round>().groups.length).toBeGreaterThan(0);
    },
  );

  it('counts the pool read against the deadline: past it, the proposal fails and says why', async () => {
    await setUp({ ROUND_DEADLINE_SECONDS: '0.000001' });
    const job = await start();
    await expect.poll(async () => (await read(job.id)).state, { timeout: 30_000 }).toBe('failed');
    expect((await read(job.id)).error).toEqual({
      code: 'ROUND_DEADLINE',
      message: {
        nl: 'Het voorstel was niet binnen de tijd klaar. Probeer het later opnieuw of kies een kortere periode.',
        en: 'The proposal was not ready in time. Try again later or choose a shorter period.',
      },
    });
    const direct = await coordinator.request('POST', '/api/rounds', DECEMBER);
    expect(direct.statusCode).toBe(503);
    expect(direct.json<{ code: string }>().code).toBe('ROUND_DEADLINE');
  });

  it('refuses a bad period at once, and an unknown proposal with 404', async () => {
    await setUp({});
    const bad = await coordinator.request('POST', '/api/rounds/proposals', {
      periodStart: '2026-12-31',
      periodEnd: '2026-12-01',
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await coordinator.request(
      'GET',
      '/api/rounds/proposals/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.statusCode).toBe(404);
  });
});
