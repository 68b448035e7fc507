import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round, RoundSessions } from '@ods/shared';
import { matchSettings } from '../../core/matcher/settings.ts';
import { validateResult } from '../../core/matcher/validate.ts';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
// The demo seed is only used to build a realistic pool here; features do not import it.
import { DEMO_ADMIN_EMAIL, DEMO_COORDINATOR_EMAIL, seedDemoData } from '../demo/seed-demo.ts';
import { readPool } from './pool.repository.ts';
import { readWholeRound, roundAsResult } from './rounds.fixtures.ts';

describe.each(testDialects())('a round over the demo pool (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await seedDemoData(t.app.db, { now: t.clock.now(), seed: 2026 });
  });
  afterEach(async () => t.close());

  it('matches most of 300 people into valid groups, explains the rest, and commits', async () => {
    const coordinator = new Agent(t.app);
    await coordinator.signIn(DEMO_COORDINATOR_EMAIL);
    const response = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      seed: 1,
    });
    expect(response.statusCode, response.body).toBe(201);
    // The answer holds the first page of groups; the whole proposal is read page by page.
    const round = await readWholeRound(coordinator, response.json<Round>().id);
    expect(round.groups.length).toBeGreaterThan(response.json<Round>().groups.length);

    const snapshot = await readPool(t.app.db, {
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      now: new Date(round.settings.now),
      sessionMinutes: 60,
      network: { id: round.networkId!, openToOtherNetworks: false },
    });
    const settings = matchSettings({ now: round.settings.now, seed: 1 });
    expect(validateResult({ ...snapshot, settings }, roundAsResult(round))).toEqual([]);
    // The demo coordinator's network (the south and west) holds most of the 300 professionals
    // and the four demo participants; the demo coordinator and admin run rounds, they are not
    // matched in them.
    expect(round.stats.poolSize).toBe(snapshot.pool.length);
    expect(round.stats.poolSize).toBeGreaterThan(150);
    expect(round.stats.poolSize).toBeLessThan(304);
    const staff = await t.app.db
      .selectFrom('users')
      .select('id')
      .where('email', 'in', [DEMO_COORDINATOR_EMAIL, DEMO_ADMIN_EMAIL])
      .execute();
    expect(staff).toHaveLength(2);
    const poolIds = new Set(snapshot.pool.map((p) => p.id));
    expect(staff.filter((s) => poolIds.has(s.id))).toEqual([]);
    expect(round.stats.matched / round.stats.eligible).toBeGreaterThan(0.8);
    expect(round.leftOut.every((p) => p.explanation.nl.length > 0)).toBe(true);
    const members = round.groups.flatMap((g) => g.members);
    expect(members.every((m) => m.name !== '' && m.municipalityName !== '')).toBe(true);

    const commit = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(commit.statusCode, commit.body).toBe(200);
    const participants = await t.app.db
      .selectFrom('session_participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(participants.n)).toBe(members.length);
    // More groups than one page of the proposal: each still has its session, in group order.
    const states = await coordinator.request('GET', `/api/rounds/${round.id}/sessions`);
    expect(states.statusCode, states.body).toBe(200);
    const sessions = states.json<RoundSessions>().sessions;
    expect(sessions.map((s) => s.group)).toEqual(round.groups.map((_, index) => index));
  });

  it('takes in the members of the other network who opted in, when the round is open to them', async () => {
    const coordinator = new Agent(t.app);
    await coordinator.signIn(DEMO_COORDINATOR_EMAIL);
    const propose = async (openToOtherNetworks: boolean) => {
      const response = await coordinator.request('POST', '/api/rounds', {
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        seed: 1,
        openToOtherNetworks,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<Round>();
    };
    const closed = await propose(false);
    const open = await propose(true);
    const optedIn = await t.app.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'participant')
      .where('open_to_other_networks', '=', 1)
      .execute();
    const extra = open.stats.poolSize - closed.stats.poolSize;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(optedIn.length);
    // All 304 people are in one of the two networks; only the opted-in can cross.
    expect(open.stats.poolSize).toBeLessThan(304);
  });
});
