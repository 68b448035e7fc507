import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '@ods/shared';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

export const validProfile: ProfileInput = {
  name: 'Sanne de Wit',
  organisationId: 'GM0363',
  jobTitle: 'Consulent Wmo',
  topics: [
    { slug: 'schuldhulpverlening', level: 'ervaren' },
    { slug: 'wmo-ondersteuning', level: 'wil-leren' },
  ],
  availability: [
    { weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 },
    { weekday: 4, startMinute: 13 * 60, endMinute: 17 * 60 },
  ],
  frequencyWeeks: 4,
  avoidOrganisationIds: ['GM0599'],
  houseRulesAccepted: true,
};

describe.each(testDialects())('profile and pool (%s)', (dialect) => {
  let t: TestApp;
  let agent: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    agent = new Agent(t.app);
    await agent.signIn('sanne@amsterdam.nl');
  });
  afterEach(async () => t.close());

  const put = (body: unknown) => agent.request('PUT', '/api/profile', body);

  it('creates the profile, puts the person in the pool and verifies the municipal domain', async () => {
    const response = await put(validProfile);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      complete: true,
      poolStatus: 'active',
      organisationName: 'Gemeente Amsterdam',
      organisationVerified: true,
      topics: [
        { slug: 'schuldhulpverlening', level: 'ervaren' },
        { slug: 'wmo-ondersteuning', level: 'wil-leren' },
      ],
    });
    expect((await agent.request('GET', '/api/session')).json()).toMatchObject({
      user: { profileComplete: true, name: 'Sanne de Wit' },
    });
  });

  it('marks a profile whose e-mail domain does not match as not verified, without refusing it', async () => {
    const response = await put({ ...validProfile, organisationId: 'GM0014' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ organisationVerified: false });
  });

  it('updates the profile in place', async () => {
    await put(validProfile);
    const response = await put({
      ...validProfile,
      topics: [{ slug: 'jeugdhulp', level: 'ervaren' }],
      frequencyWeeks: 8,
    });
    expect(response.json()).toMatchObject({
      topics: [{ slug: 'jeugdhulp', level: 'ervaren' }],
      frequencyWeeks: 8,
    });
  });

  it.each([
    ['unknown municipality code', { organisationId: 'GM9999' }, 'organisationId', 'lijst'],
    [
      'unknown topic',
      { topics: [{ slug: 'astrologie', level: 'ervaren' }] },
      'topics.0',
      'onderwerp',
    ],
    [
      'six topics',
      {
        topics: [
          'jeugdhulp',
          'dakloosheid',
          'mantelzorg',
          'beschut-werk',
          'inburgering',
          'armoede-minimabeleid',
        ].map((slug) => ({ slug, level: 'ervaren' })),
      },
      'topics',
      'hoogstens 5',
    ],
    [
      'availability past 24 h',
      { availability: [{ weekday: 1, startMinute: 600, endMinute: 1500 }] },
      'availability.0.endMinute',
      'te groot',
    ],
    [
      'overlapping availability',
      {
        availability: [
          { weekday: 1, startMinute: 540, endMinute: 720 },
          { weekday: 1, startMinute: 600, endMinute: 660 },
        ],
      },
      'availability.1',
      '',
    ],
    ['an oversized name', { name: 'x'.repeat(500) }, 'name', 'hoogstens 120'],
    ['a wrong type', { frequencyWeeks: 'vaak' }, 'frequencyWeeks', ''],
    ['an unknown field', { bsn: '123' }, 'bsn', 'kennen we niet'],
    ['house rules not accepted', { houseRulesAccepted: false }, 'houseRulesAccepted', 'huisregels'],
  ])('refuses %s with a 400 and a message for that field', async (_name, change, field, words) => {
    const response = await put({ ...validProfile, ...change });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ code: string; message: string; fields: Record<string, string> }>();
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.message.length).toBeGreaterThan(10);
    expect(body.fields[field]).toEqual(expect.stringContaining(words));
    expect((await agent.request('GET', '/api/profile')).json()).toMatchObject({ complete: false });
  });

  it('refuses a body that is not JSON with a readable message', async () => {
    const response = await agent.request('PUT', '/api/profile', '{"name": ', {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ message: expect.stringContaining('JSON') });
  });

  it('pauses until a date, resumes, and leaves the pool', async () => {
    await put(validProfile);
    expect(
      (await agent.request('POST', '/api/profile/pause', { until: '2027-01-31' })).json(),
    ).toMatchObject({ poolStatus: 'paused', pausedUntil: '2027-01-31' });
    expect(
      (await agent.request('POST', '/api/profile/pause', { until: '2020-01-01' })).statusCode,
    ).toBe(400);
    expect((await agent.request('POST', '/api/profile/resume')).json()).toMatchObject({
      poolStatus: 'active',
      pausedUntil: null,
    });
    expect((await agent.request('POST', '/api/profile/leave')).json()).toMatchObject({
      poolStatus: 'left',
    });
  });

  it('exports all own data as JSON', async () => {
    await put(validProfile);
    const response = await agent.request('GET', '/api/account/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.json()).toMatchObject({
      account: { email: 'sanne@amsterdam.nl' },
      profile: { name: 'Sanne de Wit', topics: validProfile.topics },
    });
  });

  it('deletes the account with everything personal in it', async () => {
    await put(validProfile);
    expect((await agent.request('DELETE', '/api/account')).statusCode).toBe(204);
    expect((await agent.request('GET', '/api/profile')).statusCode).toBe(401);
    expect(
      await t.app.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'sanne@amsterdam.nl')
        .executeTakeFirst(),
    ).toBeUndefined();
    expect(await t.app.db.selectFrom('user_topics').select('user_id').execute()).toEqual([]);
    expect(
      await t.app.db
        .selectFrom('outbox')
        .select('id')
        .where('to_address', '=', 'sanne@amsterdam.nl')
        .where('state', '!=', 'sent')
        .execute(),
    ).toEqual([]);
  });

  it('lists every municipality and topic for the form', async () => {
    const organisations = (await agent.request('GET', '/api/organisations')).json<unknown[]>();
    expect(organisations).toHaveLength(342);
    expect(organisations).toContainEqual(
      expect.objectContaining({
        id: 'GM0363',
        name: 'Gemeente Amsterdam',
        sizeClass: 'grootste',
        province: 'Noord-Holland',
      }),
    );
    expect((await agent.request('GET', '/api/topics')).json<unknown[]>().length).toBe(26);
  });
});
