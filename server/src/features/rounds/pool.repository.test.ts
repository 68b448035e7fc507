import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { readPool, type PoolOptions } from './pool.repository.ts';

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
});
