import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { readPool, type PoolOptions } from './pool.repository.ts';
import { readPoolAsBefore } from './pool.repository.reference.ts';

const DECEMBER: PoolOptions = {
  periodStart: '2026-12-01',
  periodEnd: '2026-12-31',
  now: new Date('2026-11-23T09:00:00.000Z'),
  sessionMinutes: 60,
};

describe.each(testDialects())('reading the pool of a period (%s)', (dialect) => {
  let t: TestApp;
  let ann: string;
  let bob: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    ann = await createUser(t.app, {
      email: 'ann@amsterdam.nl',
      organisationId: 'GM0363',
      topics: [
        { slug: 'schuldhulpverlening', level: 'ervaren' },
        { slug: 'jeugdhulp', level: 'wil-leren' },
      ],
    });
    bob = await createUser(t.app, { email: 'bob@vlieland.nl', organisationId: 'GM0096' });
  });
  afterEach(async () => t.close());

  const person = async (id: string, options: Partial<PoolOptions> = {}) => {
    const snapshot = await readPool(t.app.db, { ...DECEMBER, ...options });
    return snapshot.pool.find((p) => p.id === id);
  };

  it('gives each person their municipality, topics and the Tuesday slots they are free in', async () => {
    const snapshot = await readPool(t.app.db, DECEMBER);
    expect(snapshot.pool.map((p) => p.id).sort()).toEqual([ann, bob].sort());
    const vlieland = snapshot.pool.find((p) => p.id === bob)!;
    expect(vlieland).toMatchObject({
      organisationId: 'GM0096',
      municipalityCode: 'GM0096',
      sizeClass: 'klein',
      province: 'Fryslân',
      provinceCode: 'PV21',
      regionCode: 'AM02',
      frequencyWeeks: 4,
      lastSessionAt: null,
      sessionsThisMonth: 0,
      metBefore: [],
      sparAgain: [],
    });
    expect(snapshot.pool.find((p) => p.id === ann)!.topics).toEqual([
      { slug: 'jeugdhulp', level: 'wil-leren' },
      { slug: 'schuldhulpverlening', level: 'ervaren' },
    ]);
    // Five Tuesdays in December, 09:00–17:00 in hourly sessions every half hour: 15 a day.
    expect(vlieland.availableSlotIds).toHaveLength(5 * 15);
    expect(vlieland.availableSlotIds[0]).toBe('2026-12-01T08:00:00.000Z');
    expect(snapshot.people.get(bob)).toMatchObject({ municipalityName: 'Vlieland' });
    expect(snapshot.topics).toContainEqual({
      slug: 'schuldhulpverlening',
      nameNl: 'Schuldhulpverlening',
      nameEn: 'Debt assistance',
    });
  });

  it('leaves out the days someone is away', async () => {
    await t.app.db
      .insertInto('user_away_periods')
      .values({ user_id: bob, from_date: '2026-12-07', to_date: '2026-12-16' })
      .execute();
    const slots = (await person(bob))!.availableSlotIds;
    expect(slots).toHaveLength(3 * 15);
    expect(slots.some((id) => id.startsWith('2026-12-08') || id.startsWith('2026-12-15'))).toBe(
      false,
    );
  });

  it('leaves out the hours a linked calendar shows as busy', async () => {
    // Tuesday 8 December, 10:00–12:00 in Amsterdam.
    await t.app.db
      .insertInto('user_busy_times')
      .values({
        user_id: bob,
        starts_at: '2026-12-08T09:00:00.000Z',
        ends_at: '2026-12-08T11:00:00.000Z',
      })
      .execute();
    const slots = (await person(bob))!.availableSlotIds;
    const onTheEighth = slots.filter((id) => id.startsWith('2026-12-08'));
    // 09:00 fits before it; 12:00 and later after it; 09:30 to 11:30 overlap.
    expect(onTheEighth).toEqual([
      '2026-12-08T08:00:00.000Z',
      ...[11, 11.5, 12, 12.5, 13, 13.5, 14, 14.5, 15].map((h) =>
        new Date(Date.UTC(2026, 11, 8, Math.floor(h), (h % 1) * 60)).toISOString(),
      ),
    ]);
    expect((await person(ann))!.availableSlotIds).toHaveLength(5 * 15);
  });

  it('counts sessions that are not cancelled and that they were not taken out of', async () => {
    const cara = await createUser(t.app, { email: 'cara@groningen.nl', organisationId: 'GM0014' });
    await createSession(t.app, {
      participants: [{ userId: ann }, { userId: bob }, { userId: cara }],
      startsAt: '2026-11-03T13:00:00.000Z',
      state: 'held',
    });
    await createSession(t.app, {
      participants: [{ userId: ann }, { userId: cara }],
      startsAt: '2026-11-26T13:00:00.000Z',
      state: 'cancelled',
    });
    const later = await createSession(t.app, {
      participants: [{ userId: bob }, { userId: cara }],
      startsAt: '2026-11-27T13:00:00.000Z',
    });
    await t.app.db
      .updateTable('session_participants')
      .set({ removed_at: '2026-11-20T10:00:00.000Z' })
      .where('session_id', '=', later)
      .where('user_id', '=', bob)
      .execute();
    expect(await person(ann)).toMatchObject({
      lastSessionAt: '2026-11-03T13:00:00.000Z',
      sessionsThisMonth: 1,
    });
    expect(await person(bob)).toMatchObject({
      lastSessionAt: '2026-11-03T13:00:00.000Z',
      sessionsThisMonth: 1,
    });
    expect(await person(cara)).toMatchObject({
      lastSessionAt: '2026-11-27T13:00:00.000Z',
      sessionsThisMonth: 2,
    });
    // In December, November's sessions no longer count towards the month.
    expect(await person(cara, { now: new Date('2026-12-01T09:00:00.000Z') })).toMatchObject({
      sessionsThisMonth: 0,
    });
  });

  it('knows who met whom, from both sides, and whom they avoid', async () => {
    const [a, b] = [ann, bob].sort();
    await t.app.db
      .insertInto('pair_history')
      .values({ user_a: a!, user_b: b!, meet_count: 2, last_met_at: '2026-10-06T09:00:00.000Z' })
      .execute();
    await t.app.db
      .insertInto('user_avoid_organisations')
      .values({ user_id: ann, organisation_id: 'GM0014' })
      .execute();
    expect((await person(ann))!.metBefore).toEqual([
      { personId: bob, count: 2, lastMetAt: '2026-10-06T09:00:00.000Z' },
    ]);
    expect((await person(bob))!.metBefore).toEqual([
      { personId: ann, count: 2, lastMetAt: '2026-10-06T09:00:00.000Z' },
    ]);
    expect((await person(ann))!.avoidOrganisationIds).toEqual(['GM0014']);
  });

  it('keeps out who is paused, has left or has no complete profile', async () => {
    const set = (id: string, values: Record<string, string | null>) =>
      t.app.db.updateTable('users').set(values).where('id', '=', id).execute();
    const cara = await createUser(t.app, { email: 'cara@groningen.nl', organisationId: 'GM0014' });
    await set(ann, { pool_status: 'paused', paused_until: '2026-12-01' });
    await set(bob, { pool_status: 'left' });
    await set(cara, { profile_completed_at: null });
    expect((await readPool(t.app.db, DECEMBER)).pool).toEqual([]);
    await set(ann, { paused_until: '2026-11-30' });
    expect((await readPool(t.app.db, DECEMBER)).pool.map((p) => p.id)).toEqual([ann]);
  });

  it('keeps out coordinators and admins, even with a complete profile and an active status', async () => {
    // They run the rounds; matching them would put them into groups of the people they look after.
    await createUser(t.app, { email: 'coordinator@gemeente.nl', role: 'coordinator' });
    await createUser(t.app, { email: 'beheer@gemeente.nl', role: 'admin' });
    expect((await readPool(t.app.db, DECEMBER)).pool.map((p) => p.id).sort()).toEqual(
      [ann, bob].sort(),
    );
  });

  it('passes on only the ready cases whose owner is in the pool', async () => {
    const snapshot = await readPool(t.app.db, {
      ...DECEMBER,
      readyCases: [
        { id: 'case-1', ownerId: ann, topic: 'schuldhulpverlening' },
        { id: 'case-2', ownerId: 'someone-else', topic: 'jeugdhulp' },
      ],
    });
    expect(snapshot.cases).toEqual([{ id: 'case-1', ownerId: ann, topic: 'schuldhulpverlening' }]);
  });

  // The fast read (one pass per table, shared organisations, free slots per weekly pattern)
  // must give exactly what the read before it gave, for every part of a person.
  it('reads exactly what the read before it read, across the clock changes of October and March', async () => {
    const organisations = ['GM0014', 'GM0034', 'GM0153', 'GM0599', 'GM0037'];
    const weekly = [
      [{ weekday: 1, startMinute: 540, endMinute: 720 }],
      // Touching and overlapping blocks, given in another order.
      [
        { weekday: 3, startMinute: 720, endMinute: 1020 },
        { weekday: 3, startMinute: 540, endMinute: 720 },
        { weekday: 5, startMinute: 600, endMinute: 700 },
        { weekday: 5, startMinute: 650, endMinute: 900 },
      ],
      [
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 2, startMinute: 780, endMinute: 1020 },
      ],
      [
        { weekday: 2, startMinute: 780, endMinute: 1020 },
        { weekday: 1, startMinute: 540, endMinute: 720 },
      ],
    ];
    const ids = [ann, bob];
    for (let i = 0; i < 10; i += 1) {
      ids.push(
        await createUser(t.app, {
          email: `p${i}@example.nl`,
          organisationId: organisations[i % organisations.length]!,
          topics: [
            { slug: 'schuldhulpverlening', level: i % 2 ? 'ervaren' : 'wil-leren' },
            ...(i % 3 === 0 ? [{ slug: 'jeugdhulp', level: 'ervaren' as const }] : []),
          ],
          availability: weekly[i % weekly.length]!,
        }),
      );
    }
    await t.app.db
      .updateTable('users')
      .set({ frequency_weeks: 2 })
      .where('id', 'in', ids.slice(2, 5))
      .execute();
    // History: sessions in October and March (around the clock changes) and before.
    for (const [k, startsAt] of [
      '2026-10-05T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2027-03-01T09:00:00.000Z',
      '2027-03-29T08:00:00.000Z',
    ].entries()) {
      const session = await createSession(t.app, {
        participants: [{ userId: ids[k]! }, { userId: ids[k + 3]! }, { userId: ids[k + 6]! }],
        startsAt,
        state: 'held',
      });
      await t.app.db
        .insertInto('spar_again_answers')
        .values({ session_id: session, user_id: ids[k]!, other_user_id: ids[k + 3]!, wants: 1 })
        .execute();
    }
    for (const [a, b] of [
      [ids[0]!, ids[3]!],
      [ids[1]!, ids[4]!],
      [ids[5]!, ids[9]!],
    ] as const) {
      const [first, second] = [a, b].sort() as [string, string];
      await t.app.db
        .insertInto('pair_history')
        .values({
          user_a: first,
          user_b: second,
          meet_count: 2,
          last_met_at: '2026-10-05T08:00:00.000Z',
        })
        .execute();
    }
    await t.app.db
      .insertInto('user_avoid_organisations')
      .values([
        { user_id: ids[2]!, organisation_id: 'GM0363' },
        { user_id: ids[2]!, organisation_id: 'GM0014' },
        { user_id: ids[7]!, organisation_id: 'GM0034' },
      ])
      .execute();
    await t.app.db
      .insertInto('user_away_periods')
      .values([
        { user_id: ids[3]!, from_date: '2026-10-23', to_date: '2026-10-26' },
        { user_id: ids[4]!, from_date: '2027-03-26', to_date: '2027-03-29' },
        { user_id: ids[4]!, from_date: '2026-10-28', to_date: '2026-10-28' },
      ])
      .execute();
    await t.app.db
      .insertInto('user_busy_times')
      .values([
        // Monday after the clocks went back: 09:30–10:15 Amsterdam is 08:30–09:15 UTC.
        {
          user_id: ids[6]!,
          starts_at: '2026-10-26T08:30:00.000Z',
          ends_at: '2026-10-26T09:15:00.000Z',
        },
        // The Friday before, still summer time: 10:00–11:00 Amsterdam is 08:00–09:00 UTC.
        {
          user_id: ids[6]!,
          starts_at: '2026-10-23T08:00:00.000Z',
          ends_at: '2026-10-23T09:00:00.000Z',
        },
        // Monday after the clocks went forward, and one touching a slot only at its end.
        {
          user_id: ids[8]!,
          starts_at: '2027-03-29T07:00:00.000Z',
          ends_at: '2027-03-29T08:00:00.000Z',
        },
        {
          user_id: ids[1]!,
          starts_at: '2027-03-23T12:00:00.000Z',
          ends_at: '2027-03-23T13:00:00.000Z',
        },
      ])
      .execute();
    const network = await createNetwork(
      t.app.db,
      { name: 'Netwerk', organisationIds: organisations.slice(0, 3) },
      new Date('2026-10-01T09:00:00.000Z'),
    );
    await t.app.db
      .updateTable('users')
      .set({ open_to_other_networks: 1 })
      .where('id', 'in', ids.slice(8))
      .execute();

    const periods: PoolOptions[] = [
      // The clocks go back on Sunday 25 October 2026, forward on Sunday 28 March 2027.
      {
        periodStart: '2026-10-19',
        periodEnd: '2026-10-30',
        now: new Date('2026-10-12T09:00:00.000Z'),
        sessionMinutes: 60,
      },
      {
        periodStart: '2027-03-22',
        periodEnd: '2027-04-02',
        now: new Date('2027-03-15T09:00:00.000Z'),
        sessionMinutes: 90,
      },
      {
        periodStart: '2026-10-19',
        periodEnd: '2026-10-30',
        now: new Date('2026-10-12T09:00:00.000Z'),
        sessionMinutes: 45,
        network: { id: network, openToOtherNetworks: true },
      },
    ];
    for (const period of periods) {
      const fast = await readPool(t.app.db, period);
      const before = await readPoolAsBefore(t.app.db, period);
      expect(fast.pool.length).toBeGreaterThan(2);
      expect(fast.pool.filter((p) => p.metBefore.length > 0).length).toBeGreaterThan(1);
      if (!period.network)
        expect(fast.pool.filter((p) => p.sparAgain.length > 0).length).toBeGreaterThan(0);
      expect(fast.pool.filter((p) => p.availableSlotIds.length > 0).length).toBeGreaterThan(2);
      expect(fast).toEqual(before);
      // Same people in the same order, so the matcher sees the same input.
      expect(fast.pool.map((p) => p.id)).toEqual(before.pool.map((p) => p.id));
      expect([...fast.people.keys()]).toEqual([...before.people.keys()]);
    }
  });
});
