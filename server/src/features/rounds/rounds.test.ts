import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round, RoundList } from '@ods/shared';
import { matchSettings } from '../../core/matcher/settings.ts';
import { validateResult } from '../../core/matcher/validate.ts';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { readPool } from './pool.repository.ts';
import { roundAsResult, seedSmallPool, type SmallPool } from './rounds.fixtures.ts';

const DECEMBER = { periodStart: '2026-12-01', periodEnd: '2026-12-31' };

/** Checks a stored proposal against the hard rules with the matcher's independent validator. */
async function violationsOf(t: TestApp, round: Round) {
  const snapshot = await readPool(t.app.db, {
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    now: new Date(round.settings.now),
    sessionMinutes: round.settings.sessionMinutes,
  });
  const settings = matchSettings(
    { now: round.settings.now, seed: round.settings.seed },
    { groupSizeMin: round.settings.groupSizeMin, groupSizeMax: round.settings.groupSizeMax },
  );
  const input = { ...snapshot, settings };
  return validateResult(input, roundAsResult(round));
}

async function count(t: TestApp, table: 'sparring_sessions' | 'session_participants') {
  const row = await t.app.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDialects())('match rounds API (%s)', (dialect) => {
  let t: TestApp;
  let pool: SmallPool;
  let coordinator: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    pool = await seedSmallPool(t.app);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
  });
  afterEach(async () => t.close());

  async function propose(body: object = DECEMBER): Promise<Round> {
    const response = await coordinator.request('POST', '/api/rounds', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Round>();
  }

  it('proposes groups that keep every hard rule, and explains who is left out', async () => {
    const round = await propose();
    expect(round.state).toBe('proposed');
    expect(await violationsOf(t, round)).toEqual([]);
    const matched = round.groups.flatMap((g) => g.members.map((m) => m.userId));
    expect(matched.sort()).toEqual([...pool.debt, pool.pauseEnded].sort());
    for (const group of round.groups) {
      expect(group.topic.slug).toBe('schuldhulpverlening');
      expect(group.explanation.nl).toMatch(/^Schuldhulpverlening · \d gemeenten in \d provincies/);
      expect(group.explanation.en).toMatch(/^Debt assistance · /);
      expect(group.members.filter((m) => m.role === 'facilitator')).toHaveLength(1);
      // A Tuesday between 09:00 and 17:00 in Amsterdam (UTC+1 in December).
      expect(new Date(group.startsAt).getUTCDay()).toBe(2);
    }
    expect(round.groups.flatMap((g) => g.members)).toContainEqual(
      expect.objectContaining({
        name: 'Cas Vlieland',
        municipalityName: 'Vlieland',
        sizeClass: 'klein',
        province: 'Fryslân',
      }),
    );
    const reasons = Object.fromEntries(round.leftOut.map((p) => [p.userId, p.reason]));
    expect(reasons).toEqual({
      [pool.loneYouth]: 'no-peers-on-topic',
      [pool.weekendOnly]: 'no-availability',
    });
    expect(round.leftOut.find((p) => p.userId === pool.loneYouth)?.explanation.nl).toContain(
      'te weinig collega',
    );
    expect(await count(t, 'sparring_sessions')).toBe(0);
  });

  it('shows and lists a proposed round', async () => {
    const round = await propose();
    const shown = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(shown.json<Round>()).toEqual(round);
    const list = (await coordinator.request('GET', '/api/rounds')).json<RoundList>();
    expect(list.rounds).toEqual([
      expect.objectContaining({ id: round.id, state: 'proposed', groups: round.groups.length }),
    ]);
    const missing = await coordinator.request('GET', `/api/rounds/${crypto.randomUUID()}`);
    expect(missing.statusCode).toBe(404);
  });

  it('gives the same groups for the same seed', async () => {
    const first = await propose({ ...DECEMBER, seed: 42 });
    const second = await propose({ ...DECEMBER, seed: 42 });
    expect(second.id).not.toBe(first.id);
    expect(second.groups).toEqual(first.groups);
    expect(first.settings.seed).toBe(42);
  });

  it('commits a round: sessions, participants and pair history in one go', async () => {
    await t.app.db
      .insertInto('pair_history')
      .values({
        user_a: [pool.debt[0]!, pool.debt[1]!].sort()[0]!,
        user_b: [pool.debt[0]!, pool.debt[1]!].sort()[1]!,
        meet_count: 2,
        last_met_at: '2026-06-01T10:00:00.000Z',
      })
      .execute();
    const round = await propose();
    const response = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(response.statusCode, response.body).toBe(200);
    const committed = response.json<Round>();
    expect(committed.state).toBe('committed');
    expect(committed.committedAt).not.toBeNull();

    const sessions = await t.app.db.selectFrom('sparring_sessions').selectAll().execute();
    expect(sessions).toHaveLength(round.groups.length);
    for (const group of committed.groups) {
      const session = sessions.find((s) => s.id === group.sessionId)!;
      expect(session).toMatchObject({
        state: 'proposed',
        round_id: round.id,
        topic_slug: group.topic.slug,
        starts_at: group.startsAt,
        ends_at: group.endsAt,
        explanation_nl: group.explanation.nl,
        explanation_en: group.explanation.en,
      });
      expect(session.room_name).toMatch(/^room-[0-9a-f]{32}$/);
      const participants = await t.app.db
        .selectFrom('session_participants')
        .select(['user_id', 'role', 'reply'])
        .where('session_id', '=', session.id)
        .execute();
      expect(participants.map((p) => [p.user_id, p.role]).sort()).toEqual(
        group.members.map((m) => [m.userId, m.role]).sort(),
      );
    }
    expect(new Set(sessions.map((s) => s.room_name)).size).toBe(sessions.length);

    const history = await t.app.db.selectFrom('pair_history').selectAll().execute();
    const metBefore = (a: string, b: string) => {
      const [x, y] = [a, b].sort();
      return (
        x === [pool.debt[0], pool.debt[1]].sort()[0] && y === [pool.debt[0], pool.debt[1]].sort()[1]
      );
    };
    for (const group of committed.groups) {
      const ids = group.members.map((m) => m.userId).sort();
      ids.forEach((a, i) =>
        ids.slice(i + 1).forEach((b) => {
          const row = history.find((h) => h.user_a === a && h.user_b === b);
          expect(row).toMatchObject({
            meet_count: metBefore(a, b) ? 3 : 1,
            last_met_at: group.startsAt,
          });
        }),
      );
    }
    const pairs = committed.groups.reduce(
      (n, g) => n + (g.members.length * (g.members.length - 1)) / 2,
      0,
    );
    const together = committed.groups.some(
      (g) =>
        g.members.some((m) => m.userId === pool.debt[0]) &&
        g.members.some((m) => m.userId === pool.debt[1]),
    );
    expect(history).toHaveLength(together ? pairs : pairs + 1);
  });

  it('commits a round once: a second commit answers the same and creates nothing', async () => {
    const round = await propose();
    const first = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(first.statusCode).toBe(200);
    const again = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await count(t, 'sparring_sessions')).toBe(round.groups.length);
  });

  it('of two concurrent commits exactly one writes; both answer the committed round', async () => {
    const round = await propose();
    const other = new Agent(t.app);
    await other.signIn('admin@example.nl');
    const responses = await Promise.all([
      coordinator.request('POST', `/api/rounds/${round.id}/commit`),
      other.request('POST', `/api/rounds/${round.id}/commit`),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(responses[1].json()).toEqual(responses[0].json());
    expect(await count(t, 'sparring_sessions')).toBe(round.groups.length);
  });

  it('refuses a commit when someone in a group left the pool since the proposal', async () => {
    const round = await propose();
    const leaver = round.groups[0]!.members[0]!.userId;
    await t.app.db
      .updateTable('users')
      .set({ pool_status: 'left' })
      .where('id', '=', leaver)
      .execute();
    const response = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ROUND_POOL_CHANGED' });
    expect(await count(t, 'sparring_sessions')).toBe(0);
    const shown = await coordinator.request('GET', `/api/rounds/${round.id}`);
    expect(shown.json<Round>().state).toBe('proposed');
  });
});
