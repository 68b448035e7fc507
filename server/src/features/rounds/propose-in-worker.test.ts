import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { matchRound } from '../../core/matcher/match-round.ts';
import { applyAdjustment, rerunAroundLocked } from './round-adjust.service.ts';
import { proposeInWorker, rerunInWorker, startSpareWorker } from './propose-in-worker.ts';
import type { ProposalProgress } from './propose-and-store.ts';
import { seedSmallPool, type SmallPool } from './rounds.fixtures.ts';
import { proposeRound } from './rounds.service.ts';
import { NO_SLOTS_IN_PERIOD, withDefaults } from './rounds.validation.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const DECEMBER = withDefaults({ periodStart: '2026-12-01', periodEnd: '2026-12-31', seed: 7 });

describe.each(testDialects())('a proposal in a worker thread (%s)', (dialect) => {
  let t: TestApp;
  let pool: SmallPool;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    pool = await seedSmallPool(t.app);
    // History, avoidances, time away and busy times, so every part of the pool read counts.
    const [first, second, third] = pool.debt as [string, string, string];
    await createSession(t.app, {
      participants: [{ userId: first }, { userId: second }, { userId: third }],
      startsAt: '2026-11-03T13:00:00.000Z',
      state: 'held',
    });
    const [a, b] = [first, second].sort() as [string, string];
    await t.app.db
      .insertInto('pair_history')
      .values({ user_a: a, user_b: b, meet_count: 1, last_met_at: '2026-11-03T13:00:00.000Z' })
      .execute();
    await t.app.db
      .insertInto('user_avoid_organisations')
      .values({ user_id: third, organisation_id: 'GM0014' })
      .execute();
    await t.app.db
      .insertInto('user_away_periods')
      .values({ user_id: second, from_date: '2026-12-07', to_date: '2026-12-11' })
      .execute();
    await t.app.db
      .insertInto('user_busy_times')
      .values({
        user_id: first,
        starts_at: '2026-12-08T09:00:00.000Z',
        ends_at: '2026-12-08T11:00:00.000Z',
      })
      .execute();
  });
  afterEach(async () => t.close());

  const stored = (id: string) =>
    t.app.db
      .selectFrom('match_rounds')
      .select(['proposal', 'match_input', 'settings'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('reads the same pool with its own connection and stores the same proposal as this thread', async () => {
    const options = { now: NOW, proposedBy: pool.coordinator, iterationsPerPerson: 200 };
    const here = await proposeRound(t.app.db, DECEMBER, options);
    const phases: ProposalProgress['phase'][] = [];
    const there = await proposeRound(t.app.db, DECEMBER, {
      ...options,
      run: (job, hear) => proposeInWorker(t.app.dbLocation, job, hear),
      onProgress: (progress) => {
        if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
      },
    });
    const [inThread, inWorker] = [await stored(here), await stored(there)];
    // The matcher's input as stored is the pool as read: equal, and so are the groups.
    expect(JSON.parse(inWorker.match_input!)).toEqual(JSON.parse(inThread.match_input!));
    expect(JSON.parse(inWorker.proposal)).toEqual(JSON.parse(inThread.proposal));
    expect(inWorker.settings).toBe(inThread.settings);
    expect((JSON.parse(inWorker.match_input!) as { pool: unknown[] }).pool.length).toBeGreaterThan(
      5,
    );
    expect(phases).toEqual(['pool', 'model', 'construct', 'search', 'result', 'store']);

    // The next proposal runs in the thread that was started and loaded ahead for it.
    await startSpareWorker();
    const again = await proposeRound(t.app.db, DECEMBER, {
      ...options,
      run: (job, hear) => proposeInWorker(t.app.dbLocation, job, hear),
    });
    expect((await stored(again)).proposal).toBe(inWorker.proposal);
  });

  it('removes a proposal that was cancelled while it ran, and says it was cancelled', async () => {
    const controller = new AbortController();
    const running = proposeRound(t.app.db, DECEMBER, {
      now: NOW,
      proposedBy: pool.coordinator,
      iterationsPerPerson: 1e9,
      signal: controller.signal,
      run: (job, hear) =>
        proposeInWorker(t.app.dbLocation, job, hear, { signal: controller.signal }),
      onProgress: (progress) => {
        if (progress.phase === 'search') controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'ROUND_CANCELLED' });
    expect(await t.app.db.selectFrom('match_rounds').select('id').execute()).toEqual([]);
  });

  it('removes the proposal when the cancel comes while it is being stored', async () => {
    const controller = new AbortController();
    // In this thread the store goes ahead once begun, so the round is written, then removed.
    const running = proposeRound(t.app.db, DECEMBER, {
      now: NOW,
      proposedBy: pool.coordinator,
      iterationsPerPerson: 10,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'store') controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'ROUND_CANCELLED' });
    expect(await t.app.db.selectFrom('match_rounds').select('id').execute()).toEqual([]);
  });

  it('says so when the period has no slot left, from the worker too', async () => {
    const past = withDefaults({ periodStart: '2026-11-23', periodEnd: '2026-11-24' });
    const refused = proposeRound(t.app.db, past, {
      now: NOW,
      proposedBy: pool.coordinator,
      run: (job, hear) => proposeInWorker(t.app.dbLocation, job, hear),
    });
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: { periodStart: NO_SLOTS_IN_PERIOD },
    });
  });

  describe('a new search around locked groups', () => {
    const lockedProposal = async () => {
      const id = await proposeRound(t.app.db, DECEMBER, {
        now: NOW,
        proposedBy: pool.coordinator,
        iterationsPerPerson: 200,
      });
      await applyAdjustment(t.app.db, id, 0, { kind: 'lock', group: 0, locked: true });
      return id;
    };
    const version = async (id: string) =>
      (
        await t.app.db
          .selectFrom('match_rounds')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version;

    it('reads the stored input in the worker and stores the same groups as this thread', async () => {
      const [here, there] = [await lockedProposal(), await lockedProposal()];
      await rerunAroundLocked(t.app.db, here, 1, {
        iterationsPerPerson: 200,
        match: (input, hear) => Promise.resolve(matchRound(input, hear)),
      });
      const phases: ProposalProgress['phase'][] = [];
      await rerunInWorker(
        t.app.dbLocation,
        { roundId: there, version: 1, iterationsPerPerson: 200, maxMs: null, handedOverAt: 0 },
        (progress) => {
          if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
        },
      );
      expect(await version(there)).toBe(2);
      expect(JSON.parse((await stored(there)).proposal)).toEqual(
        JSON.parse((await stored(here)).proposal),
      );
      expect(phases).toEqual(['pool', 'model', 'construct', 'search', 'result', 'store']);
    });

    it('fails with the app’s own error when the proposal was adjusted since', async () => {
      const id = await lockedProposal();
      const stale = rerunInWorker(t.app.dbLocation, {
        roundId: id,
        version: 0,
        maxMs: null,
        handedOverAt: 0,
      });
      await expect(stale).rejects.toMatchObject({ code: 'ROUND_VERSION_CONFLICT' });
    });

    it('stops at a cancel and at its deadline, and stores nothing then', async () => {
      const id = await lockedProposal();
      const before = (await stored(id)).proposal;
      const controller = new AbortController();
      const cancelled = rerunInWorker(
        t.app.dbLocation,
        { roundId: id, version: 1, iterationsPerPerson: 1e9, maxMs: null, handedOverAt: 0 },
        (progress) => {
          if (progress.phase === 'search') controller.abort();
        },
        { signal: controller.signal },
      );
      await expect(cancelled).rejects.toMatchObject({ code: 'ROUND_CANCELLED' });
      // A deadline already used up when the search begins: the thread is stopped after the grace.
      const late = rerunInWorker(
        t.app.dbLocation,
        { roundId: id, version: 1, iterationsPerPerson: 1e9, maxMs: 0, handedOverAt: 0 },
        () => {},
        { graceMs: 0 },
      );
      await expect(late).rejects.toMatchObject({ code: 'ROUND_DEADLINE' });
      expect(await version(id)).toBe(1);
      expect((await stored(id)).proposal).toBe(before);
    });
  });
});
