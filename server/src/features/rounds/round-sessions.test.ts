import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditList, Round, RoundSessions } from '@ods/shared';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
// The room's own test support: a webhook signed as livekit-server signs it.
import { LIVEKIT, signedWebhook } from '../room/room.fixtures.ts';
import { seedSmallPool } from './rounds.fixtures.ts';

describe.each(testDialects())('the sessions of a committed round (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let round: Round;
  const emailOf = new Map<string, string>();

  beforeEach(async () => {
    // The webhook only needs the key and secret; nothing here connects to LiveKit.
    t = await createTestApp(dialect, { ...LIVEKIT, LIVEKIT_URL: 'ws://127.0.0.1:7880' });
    await seedSmallPool(t.app);
    for (const row of await t.app.db.selectFrom('users').select(['id', 'email']).execute())
      emailOf.set(row.id, row.email);
    coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    const proposed = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json<Round>().groups.length).toBeGreaterThanOrEqual(2);
    const committed = await coordinator.request(
      'POST',
      `/api/rounds/${proposed.json<Round>().id}/commit`,
    );
    expect(committed.statusCode, committed.body).toBe(200);
    round = committed.json<Round>();
  });
  afterEach(async () => t.close());

  const states = async (agent = coordinator) =>
    agent.request('GET', `/api/rounds/${round.id}/sessions`);
  const as = async (userId: string) => {
    const agent = new Agent(t.app);
    await agent.signIn(emailOf.get(userId)!);
    return agent;
  };
  const webhook = async (event: Parameters<typeof signedWebhook>[0]) => {
    const { body, authorization } = await signedWebhook(event);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/livekit/webhook',
      headers: { 'content-type': 'application/webhook+json', authorization },
      payload: body,
    });
    expect(response.json()).toEqual({ outcome: 'recorded' });
  };

  it('shows per session its time, the invitations, the replies and the attendance, nothing more', async () => {
    const before = (await states()).json<RoundSessions>();
    expect(before.sessions.map((s) => [s.group, s.state, s.invited])).toEqual(
      round.groups.map((_, i) => [i, 'proposed', 0]),
    );
    await t.app.scheduler.runOnce();

    const [first, second] = round.groups;
    const [accepting, declining] = first!.members;
    const accepted = await (
      await as(accepting!.userId)
    ).request('POST', `/api/sessions/${first!.sessionId}/reply`, { reply: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const declined = await (
      await as(declining!.userId)
    ).request('POST', `/api/sessions/${first!.sessionId}/reply`, { reply: 'declined' });
    expect(declined.statusCode, declined.body).toBe(200);

    // Two of the second group are in its room, then the room finishes: held, attended by 2.
    const { room_name: roomName } = await t.app.db
      .selectFrom('sparring_sessions')
      .select('room_name')
      .where('id', '=', second!.sessionId!)
      .executeTakeFirstOrThrow();
    const joinedAt = BigInt(Math.floor(Date.parse(second!.startsAt) / 1000));
    for (const [i, member] of second!.members.slice(0, 2).entries())
      await webhook({
        event: 'participant_joined',
        id: `EV_join_${i}`,
        createdAt: joinedAt,
        room: { name: roomName, sid: 'RM_1' },
        participant: { identity: member.userId, sid: `PA_${i}`, joinedAt },
      });
    await webhook({
      event: 'room_finished',
      id: 'EV_done',
      createdAt: joinedAt + 3600n,
      room: { name: roomName },
    });

    const response = await states();
    expect(response.statusCode, response.body).toBe(200);
    const { sessions } = response.json<RoundSessions>();
    expect(sessions.map((s) => s.sessionId)).toEqual(round.groups.map((g) => g.sessionId));
    const one = sessions[0]!;
    const people = Object.fromEntries(one.people.map((p) => [p.userId, p.reply]));
    expect(people[accepting!.userId]).toBe('accepted');
    expect(people[declining!.userId]).toBe('declined');
    expect(one).toMatchObject({ accepted: 1, declined: 1, attended: 0 });
    // Whoever replaced the one who declined (a substitute) is still to answer.
    expect(one.invited).toBe(one.people.length);
    expect(one.pending).toBe(one.people.filter((p) => p.reply === 'pending').length);
    const two = sessions[1]!;
    expect(two).toMatchObject({
      state: 'held',
      invited: second!.members.length,
      accepted: 0,
      declined: 0,
      pending: second!.members.length,
      attended: 2,
      rescheduled: false,
      startsAt: second!.startsAt,
      cancelReason: null,
    });
    // Counts, states and names with their answers: no notes, cases, summaries or ratings.
    expect(Object.keys(two).sort()).toEqual(
      [
        'accepted',
        'attended',
        'cancelReason',
        'declined',
        'endsAt',
        'group',
        'invited',
        'pending',
        'people',
        'rescheduled',
        'sessionId',
        'startsAt',
        'state',
      ].sort(),
    );
    expect(Object.keys(two.people[0]!).sort()).toEqual(['name', 'reply', 'userId']);
  });

  it('shows a session its group moved to another time as rescheduled, at its new time', async () => {
    await t.app.scheduler.runOnce();
    const [first] = round.groups;
    const sessionId = first!.sessionId!;
    // Everyone now in the session votes, whoever the scheduler put there.
    const voters = await Promise.all(
      (
        await t.app.db
          .selectFrom('session_participants')
          .select('user_id')
          .where('session_id', '=', sessionId)
          .where('removed_at', 'is', null)
          .orderBy('user_id')
          .execute()
      ).map(async (p) => as(p.user_id)),
    );
    const [proposer, ...others] = voters;
    const options = await proposer!.request('GET', `/api/sessions/${sessionId}/time-options`);
    expect(options.statusCode, options.body).toBe(200);
    const slot = options.json<{ slots: { startsAt: string; endsAt: string }[] }>().slots[0];
    expect(slot, 'the group has another common time').toBeDefined();
    expect(slot!.startsAt).not.toBe(first!.startsAt);
    const proposal = await proposer!.request('POST', `/api/sessions/${sessionId}/proposals`, {
      startsAt: slot!.startsAt,
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    const { id } = proposal.json<{ id: string }>();
    for (const agent of others) {
      const voted = await agent.request('POST', `/api/sessions/${sessionId}/proposals/${id}/vote`, {
        accept: true,
      });
      expect(voted.statusCode, voted.body).toBe(204);
    }

    const { sessions } = (await states()).json<RoundSessions>();
    expect(sessions[0]).toMatchObject({
      sessionId,
      state: 'moved',
      rescheduled: true,
      startsAt: slot!.startsAt,
      endsAt: slot!.endsAt,
    });
    // The round's other sessions keep the time the round gave them.
    for (const [i, other] of sessions.slice(1).entries())
      expect(other).toMatchObject({ rescheduled: false, startsAt: round.groups[i + 1]!.startsAt });
  });

  it('writes an audit entry for each person whose answer it shows, which that person reads', async () => {
    await t.app.scheduler.runOnce();
    const shown = (await states())
      .json<RoundSessions>()
      .sessions.flatMap((s) => s.people.map((p) => p.userId));
    expect(shown.length).toBeGreaterThan(0);
    const entries = await t.app.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('purpose', '=', 'round-sessions')
      .where('resource_id', '=', round.id)
      .execute();
    expect(entries.map((e) => e.subject_id).sort()).toEqual([...shown].sort());
    const person = await as(shown[0]!);
    const audit = (await person.request('GET', '/api/account/audit')).json<AuditList>();
    expect(audit.entries.filter((e) => e.purpose === 'round-sessions')).toHaveLength(1);
  });

  it('gives a coordinator of another network a 404, and a proposed round no sessions', async () => {
    const other = await createNetwork(
      t.app.db,
      { name: 'Ander netwerk', organisationIds: [] },
      t.clock.now(),
    );
    await createUser(t.app, { email: 'ander@example.nl', role: 'coordinator', networkId: other });
    const outsider = new Agent(t.app);
    await outsider.signIn('ander@example.nl');
    const refused = await states(outsider);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'NOT_FOUND' });
    const looked = await t.app.db
      .selectFrom('audit_log')
      .select('id')
      .where(
        'actor_id',
        '=',
        (
          await t.app.db
            .selectFrom('users')
            .select('id')
            .where('email', '=', 'ander@example.nl')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();
    expect(looked).toEqual([]);

    const proposal = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2027-01-04',
      periodEnd: '2027-01-29',
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    const none = await coordinator.request(
      'GET',
      `/api/rounds/${proposal.json<Round>().id}/sessions`,
    );
    expect(none.json()).toEqual({ sessions: [] });
  });
});
