import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditList } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createPeople, outboxMails } from './scheduling.fixtures.ts';

describe.each(testDialects())('spar nu: an ad-hoc session within the hour (%s)', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createUser(t.app, { email: 'coco@example.nl', name: 'Coco', role: 'coordinator' });
    coordinator = new Agent(t.app);
    await coordinator.signIn('coco@example.nl');
  });
  afterEach(async () => t.close());

  const signedIn = async (email: string) => {
    const agent = new Agent(t.app);
    await agent.signIn(email);
    return agent;
  };

  const sparNow = (agent: Agent, body: Record<string, unknown>) =>
    agent.request('POST', '/api/sessions/spar-now', {
      topic: 'schuldhulpverlening',
      startsInMinutes: 0,
      emails: ['ann@example.nl', 'bob@example.nl'],
      ...body,
    });

  it('invites the group at once with the normal invitation; the room is open now', async () => {
    const response = await sparNow(coordinator, {});
    expect(response.statusCode).toBe(201);
    const { sessionId } = response.json<{ sessionId: string }>();
    const invitations = await outboxMails(t.app, { kind: 'invitation' });
    expect(invitations.map((m) => m.to_address).sort()).toEqual([
      'ann@example.nl',
      'bob@example.nl',
    ]);
    const ann = new Agent(t.app);
    await ann.signIn('ann@example.nl');
    const room = await ann.request('GET', `/api/sessions/${sessionId}/room`);
    expect(room.json()).toMatchObject({ phase: 'open', mayJoin: true });
    // No quorum check cancels it before anyone answered.
    await t.app.scheduler.runOnce();
    const details = await ann.request('GET', `/api/sessions/${sessionId}`);
    expect(details.json()).toMatchObject({ state: 'invited' });
    // Whom the coordinator put together is in each one's audit log, under the coordinator's name.
    for (const agent of [ann, await signedIn('bob@example.nl')])
      expect((await agent.request('GET', '/api/account/audit')).json<AuditList>().entries).toEqual([
        expect.objectContaining({
          actorName: 'Coco',
          actorRole: 'coordinator',
          purpose: 'spar-now',
        }),
      ]);
    const cas = await signedIn('cas@example.nl');
    expect((await cas.request('GET', '/api/account/audit')).json<AuditList>().entries).toEqual([]);
  });

  it('is for coordinators only, and names the addresses it does not know', async () => {
    const ann = new Agent(t.app);
    await ann.signIn('ann@example.nl');
    expect((await sparNow(ann, {})).statusCode).toBe(403);
    const unknown = await sparNow(coordinator, { emails: ['ann@example.nl', 'nobody@example.nl'] });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('nobody@example.nl');
    const tooLate = await sparNow(coordinator, { startsInMinutes: 90 });
    expect(tooLate.statusCode).toBe(400);
    expect(await outboxMails(t.app, { kind: 'invitation' })).toEqual([]);
  });
});
