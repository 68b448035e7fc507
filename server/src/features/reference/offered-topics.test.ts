import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetails, Topic } from '@ods/shared';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import type { ProfileInput } from '@ods/shared';

const OWN = ['schuldhulpverlening', 'wmo-ondersteuning', 'jeugdhulp'];

const validProfile: ProfileInput = {
  name: 'Sanne de Wit',
  organisationId: 'GM0363',
  jobTitle: 'Consulent Wmo',
  topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
  availability: [{ weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 }],
  frequencyWeeks: 4,
  houseRulesAccepted: true,
};

describe.each(testDialects())('topics offered per network (%s)', (dialect) => {
  let t: TestApp;
  let networkId: string;
  let coordinator: Agent;
  let sanne: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    // Amsterdam (GM0363) is in "Netwerk West", whose selection is three topics.
    networkId = await createNetwork(
      t.app.db,
      { name: 'Netwerk West', organisationIds: ['GM0363'] },
      t.clock.now(),
    );
    await t.app.db
      .deleteFrom('network_topics')
      .where('network_id', '=', networkId)
      .where('topic_slug', 'not in', OWN)
      .execute();
    await createUser(t.app, { email: 'coco@west.nl', role: 'coordinator', networkId });
    coordinator = new Agent(t.app);
    await coordinator.signIn('coco@west.nl');
    sanne = new Agent(t.app);
    await sanne.signIn('sanne@amsterdam.nl');
  });
  afterEach(async () => t.close());

  const slugs = async (agent: Agent, query: string) => {
    const response = await agent.request('GET', `/api/topics${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response
      .json<Topic[]>()
      .map((topic) => topic.slug)
      .sort();
  };
  const retire = (slug: string) =>
    coordinator.request('POST', `/api/console/networks/${networkId}/topics/${slug}/retire`);

  it('offers the network’s own active topics, not the installation’s list, and not retired ones', async () => {
    expect(await slugs(sanne, '?organisation=GM0363')).toEqual([...OWN].sort());
    expect(await slugs(coordinator, `?network=${networkId}`)).toEqual([...OWN].sort());
    // Without a query the whole taxonomy, to name any topic anywhere.
    expect((await slugs(sanne, '')).length).toBeGreaterThan(OWN.length);
    expect((await retire('jeugdhulp')).statusCode).toBe(200);
    expect(await slugs(sanne, '?organisation=GM0363')).toEqual([
      'schuldhulpverlening',
      'wmo-ondersteuning',
    ]);
    // A session planned for the network (Spar nu) takes a topic of its selection only.
    await createUser(t.app, { email: 'ann@amsterdam.nl', organisationId: 'GM0363' });
    await createUser(t.app, { email: 'bob@amsterdam.nl', organisationId: 'GM0363' });
    const sparNow = (topic: string) =>
      coordinator.request('POST', '/api/sessions/spar-now', {
        topic,
        startsInMinutes: 30,
        emails: ['ann@amsterdam.nl', 'bob@amsterdam.nl'],
        networkId,
      });
    const outside = await sparNow('beschermd-wonen');
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ fields: { topic: expect.any(String) } });
    expect((await sparNow('jeugdhulp')).json()).toMatchObject({
      fields: { topic: expect.any(String) },
    });
    expect((await sparNow('wmo-ondersteuning')).statusCode).toBe(201);
    // A network's selection is for those who run it.
    expect((await sanne.request('GET', `/api/topics?network=${networkId}`)).statusCode).toBe(404);
  });

  it('refuses a profile topic outside the network, and keeps one the network retired later', async () => {
    const outside = { ...validProfile, topics: [{ slug: 'beschermd-wonen', level: 'ervaren' }] };
    const refused = await sanne.request('PUT', '/api/profile', outside);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ fields: { 'topics.0': expect.any(String) } });

    const chosen = { ...validProfile, topics: [{ slug: 'jeugdhulp', level: 'ervaren' }] };
    expect((await sanne.request('PUT', '/api/profile', chosen)).statusCode).toBe(200);
    await retire('jeugdhulp');
    // Saving the profile again (another job title) keeps the retired topic.
    const again = await sanne.request('PUT', '/api/profile', { ...chosen, jobTitle: 'Wmo' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ topics: [{ slug: 'jeugdhulp', level: 'ervaren' }] });
  });

  it('offers a case only the network’s topics, and a case keeps a topic retired later', async () => {
    await sanne.request('PUT', '/api/profile', validProfile);
    const body = {
      title: 'Schulden en een wachtlijst',
      topic: 'beschermd-wonen',
      situation: 'Noem hem Sam. Sam is 42 en heeft sinds een jaar betalingsachterstanden.',
      question: 'Hoe houden jullie contact tijdens de wachttijd?',
      sizeClass: 'middelgroot',
    };
    const refused = await sanne.request('POST', '/api/cases', body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ fields: { topic: expect.any(String) } });
    const created = await sanne.request('POST', '/api/cases', { ...body, topic: 'jeugdhulp' });
    expect(created.statusCode, created.body).toBe(201);
    await retire('jeugdhulp');
    const edited = await sanne.request('PUT', `/api/cases/${created.json<CaseDetails>().id}`, {
      ...body,
      topic: 'jeugdhulp',
      title: 'Schulden, een wachtlijst en een zoon',
    });
    expect(edited.statusCode, edited.body).toBe(200);
  });
});
