import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { refreshDemoSessions } from './demo-sessions.ts';
import { seedDemoData } from './seed-demo.ts';

describe.each(testDialects())('demo data to try at once (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await seedDemoData(t.app.db, { now: t.clock.now(), seed: 2026, people: 5 });
  });
  afterEach(async () => t.close());

  const signedIn = async (email: string) => {
    const agent = new Agent(t.app);
    await agent.signIn(email);
    return agent;
  };

  it('names the demo accounts as their addresses say', async () => {
    const names = await t.app.db
      .selectFrom('users')
      .select(['email', 'name'])
      .where('email', 'like', '%@demo.example')
      .orderBy('email')
      .execute();
    expect(names).toEqual([
      { email: 'anna@demo.example', name: 'Anna de Graaf' },
      { email: 'beheer@demo.example', name: 'Bea Beheer' },
      { email: 'bram@demo.example', name: 'Bram Jansen' },
      { email: 'chantal@demo.example', name: 'Chantal Bakker' },
      { email: 'coordinator.noord@demo.example', name: 'Noor Noord' },
      { email: 'coordinator@demo.example', name: 'Coco Coördinator' },
      { email: 'daan@demo.example', name: 'Daan Visser' },
    ]);
  });

  it('seeds two networks, each with its own coordinator and member organisations', async () => {
    const networks = await t.app.db
      .selectFrom('networks')
      .innerJoin('network_coordinators', 'network_coordinators.network_id', 'networks.id')
      .innerJoin('users', 'users.id', 'network_coordinators.user_id')
      .select(['networks.name', 'users.email', 'users.role'])
      .orderBy('networks.name')
      .execute();
    expect(networks).toEqual([
      {
        name: 'Sociaal domein Noord en Oost',
        email: 'coordinator.noord@demo.example',
        role: 'coordinator',
      },
      {
        name: 'Sociaal domein Zuid en West',
        email: 'coordinator@demo.example',
        role: 'coordinator',
      },
    ]);
    const members = await t.app.db
      .selectFrom('network_organisations')
      .select(['organisation_id'])
      .execute();
    // Every municipality is in exactly one of the two networks.
    const municipalities = members.filter((m) => m.organisation_id.startsWith('GM'));
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((m) => m.organisation_id)).size).toBe(342);
  });

  it('has a session open now and one just ended with notes, still so after a restart hours later', async () => {
    const first = await refreshDemoSessions(t.app.db, t.clock.now());
    expect(first.nowSession).toBeDefined();
    expect(first.endedSession).toBeDefined();
    const anna = await signedIn('anna@demo.example');
    const room = await anna.request('GET', `/api/sessions/${first.nowSession}/room`);
    expect(room.json()).toMatchObject({ phase: 'open', mayJoin: true });
    // The ended one has a draft from its notes; the two who came are asked, Daan is not.
    const summary = await anna.request('GET', `/api/sessions/${first.endedSession}/summary`);
    expect(summary.json()).toMatchObject({ content: { question: expect.stringMatching(/gezin/) } });
    expect(await t.app.consentRound.runOnce()).toMatchObject({ asked: 2 });
    const asked = await t.app.db
      .selectFrom('outbox')
      .select('to_address')
      .where('kind', '=', 'consent-request')
      .orderBy('to_address')
      .execute();
    expect(asked.map((m) => m.to_address)).toEqual(['anna@demo.example', 'bram@demo.example']);

    // Started again at once: nothing new.
    expect(await refreshDemoSessions(t.app.db, t.clock.now())).toEqual({});
    // Started again three hours later: a fresh open session, the ended one stays.
    t.clock.advanceMinutes(180);
    const later = await refreshDemoSessions(t.app.db, t.clock.now());
    expect(later.endedSession).toBeUndefined();
    expect(later.nowSession).toBeDefined();
    await anna.signIn('anna@demo.example');
    const reopened = await anna.request('GET', `/api/sessions/${later.nowSession}/room`);
    expect(reopened.json()).toMatchObject({ phase: 'open' });
  });
});
