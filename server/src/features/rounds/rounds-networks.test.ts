import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditList, Round, RoundList, SessionDetails } from '@ods/shared';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { DEBT_PEOPLE } from './rounds.fixtures.ts';

const DECEMBER = { periodStart: '2026-12-01', periodEnd: '2026-12-31', seed: 7 };

describe.each(testDialects())('rounds per network (%s)', (dialect) => {
  let t: TestApp;
  let north: string;
  let south: string;
  let ids: Record<string, string>;
  let coordinatorA: Agent;
  let coordinatorB: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const now = t.clock.now();
    // Network A: Amsterdam, Groningen, Vlieland, Almere; network B: Stadskanaal, Rotterdam, Enschede.
    north = await createNetwork(
      t.app.db,
      { name: 'Netwerk A', organisationIds: DEBT_PEOPLE.slice(0, 4).map((p) => p.organisationId) },
      now,
    );
    south = await createNetwork(
      t.app.db,
      { name: 'Netwerk B', organisationIds: DEBT_PEOPLE.slice(4).map((p) => p.organisationId) },
      now,
    );
    ids = {};
    for (const person of DEBT_PEOPLE) ids[person.name] = await createUser(t.app, person);
    await createUser(t.app, { email: 'coco@a.nl', role: 'coordinator', networkId: north });
    await createUser(t.app, { email: 'bert@b.nl', role: 'coordinator', networkId: south });
    coordinatorA = new Agent(t.app);
    await coordinatorA.signIn('coco@a.nl');
    coordinatorB = new Agent(t.app);
    await coordinatorB.signIn('bert@b.nl');
  });
  afterEach(async () => t.close());

  const membersOf = (round: Round) =>
    round.groups
      .flatMap((g) => g.members.map((m) => m.name))
      .concat(round.leftOut.map((p) => p.name))
      .sort();

  it('plans from the network’s own members, and takes in opted-in others only when open', async () => {
    const closed = await coordinatorA.request('POST', '/api/rounds', DECEMBER);
    expect(closed.statusCode, closed.body).toBe(201);
    const round = closed.json<Round>();
    expect(round.networkId).toBe(north);
    expect(membersOf(round)).toEqual(
      DEBT_PEOPLE.slice(0, 4)
        .map((p) => p.name)
        .sort(),
    );

    await t.app.db
      .updateTable('users')
      .set({ open_to_other_networks: 1 })
      .where('id', '=', ids['Fay Rotterdam']!)
      .execute();
    const open = await coordinatorA.request('POST', '/api/rounds', {
      ...DECEMBER,
      openToOtherNetworks: true,
    });
    expect(open.statusCode, open.body).toBe(201);
    expect(open.json<Round>().openToOtherNetworks).toBe(true);
    expect(membersOf(open.json<Round>())).toEqual(
      [...DEBT_PEOPLE.slice(0, 4).map((p) => p.name), 'Fay Rotterdam'].sort(),
    );
    // Still closed by default: Fay is not in a closed round of network A.
    const again = await coordinatorA.request('POST', '/api/rounds', DECEMBER);
    expect(membersOf(again.json<Round>())).not.toContain('Fay Rotterdam');
  });

  it('gives another network’s coordinator a 404 on everything of this network', async () => {
    const round = (await coordinatorA.request('POST', '/api/rounds', DECEMBER)).json<Round>();
    expect((await coordinatorB.request('GET', `/api/rounds/${round.id}`)).statusCode).toBe(404);
    expect((await coordinatorB.request('POST', `/api/rounds/${round.id}/commit`)).statusCode).toBe(
      404,
    );
    const asked = await coordinatorB.request('POST', '/api/rounds', {
      ...DECEMBER,
      networkId: north,
    });
    expect(asked.statusCode).toBe(404);
    const listB = (await coordinatorB.request('GET', '/api/rounds')).json<RoundList>();
    expect(listB.rounds).toEqual([]);
    const listA = (await coordinatorA.request('GET', '/api/rounds')).json<RoundList>();
    expect(listA.rounds.map((r) => r.id)).toEqual([round.id]);
    const state = await t.app.db
      .selectFrom('match_rounds')
      .select('state')
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('proposed');

    const session = await createSession(t.app, {
      participants: [{ userId: ids['Ann Amsterdam']! }, { userId: ids['Bob Groningen']! }],
      startsAt: '2026-12-08T13:00:00.000Z',
      networkId: north,
    });
    expect((await coordinatorB.request('GET', `/api/sessions/${session}`)).statusCode).toBe(404);
    expect((await coordinatorB.request('GET', `/api/sessions/${session}/room`)).statusCode).toBe(
      404,
    );
    expect((await coordinatorB.request('POST', `/api/sessions/${session}/cancel`)).statusCode).toBe(
      404,
    );
    expect((await coordinatorA.request('GET', `/api/sessions/${session}`)).statusCode).toBe(200);
  });

  it('writes an audit entry per person shown, which that person reads and nobody else', async () => {
    const round = (await coordinatorA.request('POST', '/api/rounds', DECEMBER)).json<Round>();
    const ann = new Agent(t.app);
    await ann.signIn('ann@amsterdam.nl');
    const first = (await ann.request('GET', '/api/account/audit')).json<AuditList>();
    expect(first.entries).toEqual([
      {
        at: expect.any(String),
        actorName: 'coco',
        actorRole: 'coordinator',
        purpose: 'round-proposal',
        networkName: 'Netwerk A',
      },
    ]);
    // Each look is one more entry, for each person in the round.
    await coordinatorA.request('GET', `/api/rounds/${round.id}`);
    expect((await ann.request('GET', '/api/account/audit')).json<AuditList>().total).toBe(2);
    const entries = await t.app.db
      .selectFrom('audit_log')
      .select(['subject_id'])
      .where('resource_id', '=', round.id)
      .execute();
    const shown = DEBT_PEOPLE.slice(0, 4).map((p) => ids[p.name]!);
    expect(entries.map((e) => e.subject_id).sort()).toEqual([...shown, ...shown].sort());

    // Fay (network B) was not shown and has nothing; her log is hers alone.
    const fay = new Agent(t.app);
    await fay.signIn('fay@rotterdam.nl');
    expect((await fay.request('GET', '/api/account/audit')).json<AuditList>()).toEqual({
      entries: [],
      total: 0,
    });
    // A session's participants shown to its coordinator are audited too.
    const session = await createSession(t.app, {
      participants: [{ userId: ids['Ann Amsterdam']! }, { userId: ids['Bob Groningen']! }],
      startsAt: '2026-12-08T13:00:00.000Z',
      networkId: north,
    });
    const details = await coordinatorA.request('GET', `/api/sessions/${session}`);
    expect(details.json<SessionDetails>().participants).toHaveLength(2);
    const latest = (await ann.request('GET', '/api/account/audit')).json<AuditList>();
    expect(latest.entries[0]).toMatchObject({ purpose: 'session-details', actorName: 'coco' });
    // A participant looking at their own session is not an audited look.
    await ann.request('GET', `/api/sessions/${session}`);
    expect((await ann.request('GET', '/api/account/audit')).json<AuditList>().total).toBe(3);
  });
});
