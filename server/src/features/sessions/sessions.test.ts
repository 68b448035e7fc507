import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditList } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

describe.each(testDialects())('my sessions (%s)', (dialect) => {
  let t: TestApp;
  let sessionId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const ann = await createUser(t.app, {
      email: 'ann@amsterdam.nl',
      name: 'Ann',
      organisationId: 'GM0363',
    });
    const bob = await createUser(t.app, {
      email: 'bob@groningen.nl',
      name: 'Bob',
      organisationId: 'GM0014',
    });
    const cas = await createUser(t.app, {
      email: 'cas@vlieland.nl',
      name: 'Cas',
      organisationId: 'GM0096',
    });
    await createUser(t.app, { email: 'coordinator@example.nl', role: 'coordinator' });
    await createUser(t.app, { email: 'other@example.nl' });
    sessionId = await createSession(t.app, {
      participants: [
        { userId: ann, role: 'case-owner' },
        { userId: bob, role: 'facilitator' },
        { userId: cas },
      ],
      startsAt: '2026-12-01T13:00:00.000Z',
    });
    await createSession(t.app, {
      participants: [{ userId: ann }],
      startsAt: '2026-11-01T13:00:00.000Z',
      state: 'held',
    });
  });
  afterEach(async () => t.close());

  it('lists upcoming and past sessions of a participant, with who else comes', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('ann@amsterdam.nl');
    const body = (await agent.request('GET', '/api/sessions')).json<{
      upcoming: {
        id: string;
        myRole: string;
        participants: { name: string; municipalityName: string; sizeClass: string }[];
      }[];
      past: unknown[];
    }>();
    expect(body.upcoming).toHaveLength(1);
    expect(body.past).toHaveLength(1);
    expect(body.upcoming[0]).toMatchObject({ id: sessionId, myRole: 'case-owner' });
    expect(body.upcoming[0]!.participants).toContainEqual(
      expect.objectContaining({ name: 'Cas', municipalityName: 'Vlieland', sizeClass: 'klein' }),
    );
  });

  it('shows a session to its participants and coordinators, and hides it from others', async () => {
    const participant = new Agent(t.app);
    await participant.signIn('bob@groningen.nl');
    expect((await participant.request('GET', `/api/sessions/${sessionId}`)).json()).toMatchObject({
      myRole: 'facilitator',
      topic: { slug: 'schuldhulpverlening' },
    });
    const coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    expect((await coordinator.request('GET', `/api/sessions/${sessionId}`)).json()).toMatchObject({
      myRole: null,
    });
    const other = new Agent(t.app);
    await other.signIn('other@example.nl');
    expect((await other.request('GET', `/api/sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await new Agent(t.app).request('GET', `/api/sessions/${sessionId}`)).statusCode).toBe(
      401,
    );
    expect((await participant.request('GET', '/api/sessions/not-a-uuid')).statusCode).toBe(400);
  });

  it("writes the coordinator's look at a session to each participant's audit log, not their own", async () => {
    const audit = async (agent: Agent) =>
      (await agent.request('GET', '/api/account/audit')).json<AuditList>().entries;
    const bob = new Agent(t.app);
    await bob.signIn('bob@groningen.nl');
    expect((await bob.request('GET', `/api/sessions/${sessionId}`)).statusCode).toBe(200);
    expect(await audit(bob)).toEqual([]);

    const coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    expect((await coordinator.request('GET', `/api/sessions/${sessionId}`)).statusCode).toBe(200);
    for (const email of ['ann@amsterdam.nl', 'bob@groningen.nl', 'cas@vlieland.nl']) {
      const person = new Agent(t.app);
      await person.signIn(email);
      expect(await audit(person), email).toEqual([
        expect.objectContaining({ actorRole: 'coordinator', purpose: 'session-details' }),
      ]);
    }
    // Someone who is not in the session is not in it either.
    const other = new Agent(t.app);
    await other.signIn('other@example.nl');
    expect(await audit(other)).toEqual([]);
  });
});
