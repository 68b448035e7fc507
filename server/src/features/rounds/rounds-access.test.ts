import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { seedSmallPool } from './rounds.fixtures.ts';

const DECEMBER = { periodStart: '2026-12-01', periodEnd: '2026-12-31' };

describe.each(testDialects())('who may use match rounds, and with what (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let roundId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    roundId = (await coordinator.request('POST', '/api/rounds', DECEMBER)).json<Round>().id;
  });
  afterEach(async () => t.close());

  const routes = () =>
    [
      ['POST', '/api/rounds', DECEMBER],
      ['GET', '/api/rounds', undefined],
      ['GET', `/api/rounds/${roundId}`, undefined],
      ['POST', `/api/rounds/${roundId}/commit`, undefined],
    ] as const;

  it('refuses anonymous callers (401) and participants (403)', async () => {
    const anonymous = new Agent(t.app);
    const participant = new Agent(t.app);
    await participant.signIn('ann@amsterdam.nl');
    for (const [method, url, body] of routes()) {
      expect((await anonymous.request(method, url, body)).statusCode, url).toBe(401);
      const refused = await participant.request(method, url, body);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const state = await t.app.db
      .selectFrom('match_rounds')
      .select('state')
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('proposed');
  });

  it('lets coordinators and admins through', async () => {
    const admin = new Agent(t.app);
    await admin.signIn('admin@example.nl');
    expect((await coordinator.request('GET', `/api/rounds/${roundId}`)).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/rounds')).statusCode).toBe(200);
    expect((await admin.request('POST', '/api/rounds', DECEMBER)).statusCode).toBe(201);
  });

  it('explains per field what is wrong with a period or group sizes', async () => {
    const ask = async (body: object, agent = coordinator) => {
      const response = await agent.request('POST', '/api/rounds', body);
      expect(response.statusCode).toBe(400);
      return response.json<{ code: string; fields: Record<string, string> }>().fields;
    };
    expect(await ask({ periodStart: '2026-12-31', periodEnd: '2026-12-01' })).toEqual({
      periodEnd: 'De einddatum moet na de begindatum liggen.',
    });
    expect(await ask({ periodStart: '2026-12-01', periodEnd: '2027-02-28' })).toEqual({
      periodEnd: 'Een ronde beslaat hoogstens 8 weken. Kies een eerdere einddatum.',
    });
    expect(await ask({ periodStart: '2026-10-01', periodEnd: '2026-10-31' })).toHaveProperty(
      'periodEnd',
    );
    expect(await ask({ ...DECEMBER, groupSizeMin: 5, groupSizeMax: 4 })).toEqual({
      groupSizeMin: 'De kleinste groepsgrootte mag niet groter zijn dan de grootste (4).',
    });
    expect(await ask({ ...DECEMBER, groupSizeMin: 2, groupSizeMax: 7 })).toEqual({
      groupSizeMin: 'De waarde is te klein (minimaal 3).',
      groupSizeMax: 'De waarde is te groot (maximaal 6).',
    });
    expect(await ask({ periodStart: '1 december', periodEnd: '2026-12-31' })).toHaveProperty(
      'periodStart',
    );
    // Only the two working days from today are in the period: nothing left to plan.
    expect(await ask({ periodStart: '2026-11-23', periodEnd: '2026-11-24' })).toHaveProperty(
      'periodStart',
    );
    const english = new Agent(t.app, 'en');
    await english.signIn('coordinator@example.nl');
    expect(await ask({ periodStart: '2026-12-31', periodEnd: '2026-12-01' }, english)).toEqual({
      periodEnd: 'The end date must be after the start date.',
    });
  });

  it('plans 90-minute sessions and groups of the chosen size when asked', async () => {
    const response = await coordinator.request('POST', '/api/rounds', {
      ...DECEMBER,
      sessionMinutes: 90,
      groupSizeMin: 4,
      groupSizeMax: 4,
    });
    expect(response.statusCode, response.body).toBe(201);
    const round = response.json<Round>();
    expect(round.settings).toMatchObject({ sessionMinutes: 90, groupSizeMin: 4, groupSizeMax: 4 });
    expect(round.groups.length).toBeGreaterThan(0);
    for (const group of round.groups) {
      expect(group.members).toHaveLength(4);
      expect(Date.parse(group.endsAt) - Date.parse(group.startsAt)).toBe(90 * 60_000);
    }
  });
});
