import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkOverview } from '@ods/shared';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

type Column = 'signUps' | 'sessionsHeld' | 'attended' | 'invited';
const COLUMNS: Column[] = ['signUps', 'sessionsHeld', 'attended', 'invited'];

/** What someone learns by subtracting the shown months from the shown total, per column. */
function differencing(overview: NetworkOverview, column: Column) {
  const hidden = overview.months.filter((m) => m[column] === null).map((m) => m.month);
  const total = overview.totals[column];
  const shown = overview.months.reduce((sum, m) => sum + (m[column] ?? 0), 0);
  return { hidden, rest: total === null ? null : total - shown };
}

describe.each(testDialects())('the overview, aggregates only (%s)', (dialect) => {
  let t: TestApp;
  let networkId: string;
  let coordinator: Agent;
  let counter = 0;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    networkId = await createNetwork(
      t.app.db,
      { name: 'Netwerk Midden', organisationIds: ['GM0344', 'GM0363', 'GM0599'] },
      t.clock.now(),
    );
    await createUser(t.app, { email: 'coco@midden.nl', role: 'coordinator', networkId });
    coordinator = new Agent(t.app);
    await coordinator.signIn('coco@midden.nl');
  });
  afterEach(async () => t.close());

  async function signUps(month: string, count: number, organisationId = 'GM0344') {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1)
      ids.push(
        await createUser(
          t.app,
          { email: `p${(counter += 1)}@midden.nl`, organisationId },
          new Date(`${month}-10T10:00:00.000Z`),
        ),
      );
    return ids;
  }

  async function overview(): Promise<NetworkOverview> {
    const response = await coordinator.request(
      'GET',
      `/api/console/networks/${networkId}/overview?year=2026`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NetworkOverview>();
  }

  it('shows small counts as "< 5", hides a partner so no total gives one away, and survives differencing', async () => {
    await signUps('2026-01', 12);
    await signUps('2026-02', 3);
    await signUps('2026-03', 7);
    // Someone in another network's organisation is not counted here.
    await signUps('2026-02', 1, 'GM0014');
    const first = await overview();
    const byMonth = Object.fromEntries(first.months.map((m) => [m.month, m.signUps]));
    expect(byMonth['2026-01']).toBe(12);
    expect(byMonth['2026-02']).toBeNull();
    // Complementary: March (7) is hidden too, or total minus January would be February.
    expect(byMonth['2026-03']).toBeNull();
    expect(byMonth['2026-04']).toBe(0);
    expect(first.totals.signUps).toBe(22);
    expect(first.threshold).toBe(5);

    // The differencing attempt: the total minus the shown months gives the hidden months
    // together (10), never one of them.
    for (const column of COLUMNS) {
      const { hidden, rest } = differencing(first, column);
      expect(hidden.length === 1 && rest !== null, column).toBe(false);
    }
    expect(differencing(first, 'signUps')).toEqual({ hidden: ['2026-02', '2026-03'], rest: 10 });

    // A second answer after one more sign-up in February: the shown cells are the same, so
    // comparing the two answers tells no more than "one more, in a hidden month".
    await signUps('2026-02', 1);
    const second = await overview();
    expect(second.months.map((m) => m.signUps)).toEqual(first.months.map((m) => m.signUps));
    expect(second.totals.signUps).toBe(23);

    // The CSV has the same cells.
    const csv = await coordinator.request(
      'GET',
      `/api/console/networks/${networkId}/overview.csv?year=2026`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[1]).toBe('2026-01,12,0,0,0,,,');
    expect(lines[2]).toBe('2026-02,< 5,0,0,0,,,');
    expect(lines).toContain('totaal,23,0,0,0,,,');
  });

  it('counts months and the year as in Amsterdam, not in UTC', async () => {
    // 00:30 on 1 January 2026 in Amsterdam is still 2025 in UTC; 00:30 on 1 February is
    // still 31 January in UTC; 00:30 on 1 January 2027 is in the next year's overview.
    for (let i = 0; i < 5; i += 1)
      await createUser(
        t.app,
        { email: `new-year${i}@midden.nl`, organisationId: 'GM0344' },
        new Date('2025-12-31T23:30:00.000Z'),
      );
    for (let i = 0; i < 6; i += 1)
      await createUser(
        t.app,
        { email: `february${i}@midden.nl`, organisationId: 'GM0344' },
        new Date('2026-01-31T23:30:00.000Z'),
      );
    await createUser(
      t.app,
      { email: 'next-year@midden.nl', organisationId: 'GM0344' },
      new Date('2026-12-31T23:30:00.000Z'),
    );
    // Summer time: 00:30 on 1 April in Amsterdam is 22:30 on 31 March in UTC.
    const [person] = await signUps('2025-06', 1);
    for (let i = 0; i < 5; i += 1)
      await createSession(t.app, {
        participants: [{ userId: person! }],
        startsAt: `2026-03-31T22:30:00.000Z`,
        state: 'held',
        networkId,
      });
    const result = await overview();
    const row = (month: string) => result.months.find((m) => m.month === month)!;
    expect(row('2026-01').signUps).toBe(5);
    expect(row('2026-02').signUps).toBe(6);
    expect(row('2026-12').signUps).toBe(0);
    expect(result.totals.signUps).toBe(11);
    expect(row('2026-03').sessionsHeld).toBe(0);
    expect(row('2026-04').sessionsHeld).toBe(5);
  });

  it('survives differencing across networks and months, by an admin who sees them all', async () => {
    // A and B share one organisation (GM0363); "Alle organisaties" holds everyone. A's own
    // organisation (GM0344) has 3 sign-ups in January: the cell to protect.
    const other = await createNetwork(
      t.app.db,
      { name: 'Netwerk Oost', organisationIds: ['GM0363', 'GM0014'] },
      t.clock.now(),
    );
    await t.app.db
      .deleteFrom('network_organisations')
      .where('network_id', '=', networkId)
      .where('organisation_id', '=', 'GM0599')
      .execute();
    await signUps('2026-01', 3, 'GM0344');
    await signUps('2026-02', 8, 'GM0344');
    await signUps('2026-03', 6, 'GM0344');
    await signUps('2026-01', 10, 'GM0363');
    await signUps('2026-03', 7, 'GM0363');
    await signUps('2026-01', 12, 'GM0014');
    await signUps('2026-02', 9, 'GM0014');
    await createUser(t.app, { email: 'beheer@midden.nl', role: 'admin' });
    const admin = new Agent(t.app);
    await admin.signIn('beheer@midden.nl');
    const all = {
      id: await createNetwork(
        t.app.db,
        { name: 'Alle organisaties', coversAll: true },
        t.clock.now(),
      ),
    };
    const view = async (id: string) => {
      const response = await admin.request('GET', `/api/console/networks/${id}/overview?year=2026`);
      expect(response.statusCode, response.body).toBe(200);
      const data = response.json<NetworkOverview>();
      return { cells: data.months.map((m) => m.signUps), total: data.totals.signUps };
    };
    const [a, b, everyone] = [await view(networkId), await view(other), await view(all.id)];

    // Everything the attacker can compute: each view, every difference of two views (all − B
    // is A's own organisation here, A − (all − B) the shared one), month by month and from
    // the totals minus the other months.
    type Series = { cells: (number | null)[]; total: number | null };
    const minus = (x: Series, y: Series): Series => ({
      cells: x.cells.map((c, i) => (c === null || y.cells[i] === null ? null : c - y.cells[i]!)),
      total: x.total === null || y.total === null ? null : x.total - y.total,
    });
    const learned = (series: Series) => {
      const known = series.cells.filter((c): c is number => c !== null);
      const hidden = series.cells.filter((c) => c === null).length;
      const fromTotal =
        hidden === 1 && series.total !== null
          ? [series.total - known.reduce((sum, c) => sum + c, 0)]
          : [];
      return [...known, ...fromTotal];
    };
    const aOwn = minus(everyone, b);
    const attempts = [a, b, everyone, aOwn, minus(a, aOwn), minus(everyone, a), minus(a, b)];
    // January's 3 never comes out, nor does any other count of 1 to 4 people.
    for (const series of attempts)
      for (const value of learned(series))
        expect(value > 0 && value < 5, String(value)).toBe(false);
    expect(a.cells[0]).toBeNull();
    expect(everyone.cells[0]).toBeNull();
    // B's January (22) holds no hidden part: it is shown.
    expect(b.cells[0]).toBe(22);
  });

  it('averages ratings and shares of mixed groups only over five or more', async () => {
    const people = [
      ...(await signUps('2026-01', 4, 'GM0344')),
      ...(await signUps('2026-01', 4, 'GM0363')),
      ...(await signUps('2026-01', 4, 'GM0599')),
    ];
    const held = async (day: string, members: string[]) =>
      createSession(t.app, {
        participants: members.map((userId) => ({ userId })),
        startsAt: `${day}T09:00:00.000Z`,
        state: 'held',
        networkId,
      });
    // May: five sessions of three people from three municipalities; June: one; July: six.
    const may: string[] = [];
    const july: string[] = [];
    const trio = (i: number) => [people[i % 4]!, people[4 + (i % 4)]!, people[8 + ((i + 1) % 4)]!];
    for (let i = 0; i < 5; i += 1) may.push(await held(`2026-05-0${i + 1}`, trio(i)));
    const june = await held('2026-06-12', trio(0));
    for (let i = 0; i < 6; i += 1) july.push(await held(`2026-07-0${i + 1}`, trio(i)));
    const rate = async (sessionId: string, userId: string, rating: number) =>
      t.app.db
        .insertInto('session_ratings')
        .values({
          session_id: sessionId,
          user_id: userId,
          rating,
          rated_at: '2026-07-30T10:00:00.000Z',
        })
        .execute();
    for (const [i, sessionId] of july.entries())
      await rate(sessionId, people[i % 4]!, i === 0 ? 2 : 5);
    await rate(june, people[0]!, 1);
    for (const sessionId of [...may, june, ...july])
      await t.app.db
        .insertInto('attendance')
        .values({
          id: crypto.randomUUID(),
          session_id: sessionId,
          user_id: people[0]!,
          participant_sid: crypto.randomUUID(),
          joined_at: '2026-05-01T09:00:00.000Z',
          left_at: null,
        })
        .execute();
    const result = await overview();
    const row = (month: string) => result.months.find((m) => m.month === month)!;
    const julyRow = row('2026-07');
    const juneRow = row('2026-06');
    expect(julyRow).toMatchObject({
      sessionsHeld: 6,
      invited: 18,
      attended: 6,
      averageRating: 4.5,
    });
    expect(julyRow.mixedRegionShare).toBe(1);
    // May (5 sessions) is the complementary cell of June's one: hidden, with its shares.
    expect(row('2026-05')).toMatchObject({ sessionsHeld: null, mixedRegionShare: null });
    expect(result.totals.sessionsHeld).toBe(12);
    // June: one session, one rating: nothing that points at a group or a person.
    expect(juneRow).toMatchObject({
      averageRating: null,
      mixedSizeShare: null,
      mixedRegionShare: null,
    });
    expect(juneRow.sessionsHeld).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(/"rating"\s*:/);
  });
});
