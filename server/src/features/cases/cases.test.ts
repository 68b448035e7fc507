import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetails, CaseGuardRejection, CaseSummary, ErrorBody } from '@ods/shared';
import { listReadyCases, markCaseUsed } from '../../domain/cases/ready-cases.ts';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

const VALID_BSN = '111222333';

const clean = {
  title: 'Schulden en een wachtlijst',
  topic: 'schuldhulpverlening',
  situation: 'Noem hem Sam. Sam is 42 en heeft sinds een jaar betalingsachterstanden.',
  question: 'Hoe houden jullie contact tijdens de wachttijd?',
  sizeClass: 'middelgroot',
};

describe.each(testDialects())('cases (%s)', (dialect) => {
  let t: TestApp;
  let ann: Agent;
  let bob: Agent;
  let annId: string;
  let bobId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    annId = await createUser(t.app, { email: 'ann@amsterdam.nl', name: 'Ann' });
    bobId = await createUser(t.app, { email: 'bob@groningen.nl', name: 'Bob' });
    ann = new Agent(t.app);
    await ann.signIn('ann@amsterdam.nl');
    bob = new Agent(t.app);
    await bob.signIn('bob@groningen.nl');
  });
  afterEach(async () => t.close());

  async function draft(agent: Agent, body: object = clean): Promise<CaseDetails> {
    const response = await agent.request('POST', '/api/cases', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CaseDetails>();
  }

  const ready = (agent: Agent, id: string, confirmedWarnings: object[] = []) =>
    agent.request('POST', `/api/cases/${id}/ready`, { confirmedWarnings });

  it('goes from draft to ready, back to draft, and to the archive', async () => {
    const created = await draft(ann);
    expect(created).toMatchObject({ state: 'draft', isOwner: true, readyAt: null });
    expect(created.topic.name.nl).toBe('Schuldhulpverlening');

    const edited = await ann.request('PUT', `/api/cases/${created.id}`, {
      ...clean,
      title: 'Schulden, een wachtlijst en een verhuizing',
    });
    expect(edited.json<CaseDetails>().title).toBe('Schulden, een wachtlijst en een verhuizing');

    const marked = await ready(ann, created.id);
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json<CaseDetails>()).toMatchObject({ state: 'ready' });
    expect(await listReadyCases(t.app.db)).toEqual([
      { id: created.id, ownerId: annId, topic: 'schuldhulpverlening' },
    ]);

    const locked = await ann.request('PUT', `/api/cases/${created.id}`, clean);
    expect(locked.statusCode).toBe(409);
    expect(locked.json<ErrorBody>().code).toBe('CASE_NOT_EDITABLE');

    const withdrawn = await ann.request('POST', `/api/cases/${created.id}/withdraw`);
    expect(withdrawn.json<CaseDetails>()).toMatchObject({ state: 'draft', readyAt: null });
    expect(await listReadyCases(t.app.db)).toEqual([]);

    const archived = await ann.request('POST', `/api/cases/${created.id}/archive`);
    expect(archived.json<CaseDetails>().state).toBe('archived');
    expect((await ready(ann, created.id)).statusCode).toBe(409);

    const mine = (await ann.request('GET', '/api/cases')).json<CaseSummary[]>();
    expect(mine.map((c) => [c.id, c.state])).toEqual([[created.id, 'archived']]);
    expect((await bob.request('GET', '/api/cases')).json()).toEqual([]);
  });

  it('refuses to mark a case ready while it holds a valid BSN, and says where', async () => {
    const situation = `Sam geeft zijn BSN ${VALID_BSN} aan de balie.`;
    const created = await draft(ann, { ...clean, situation });
    const response = await ready(ann, created.id);
    expect(response.statusCode).toBe(422);
    const body = response.json<CaseGuardRejection>();
    expect(body.code).toBe('CASE_PERSONAL_DATA');
    expect(body.message).toMatch(/burgerservicenummer/);
    // 'Sam' alone is a first name that refers to a person: a warning beside the BSN (issue 15).
    expect(body.findings).toEqual([
      expect.objectContaining({
        field: 'situation',
        kind: 'bsn',
        severity: 'block',
        match: VALID_BSN,
        start: situation.indexOf(VALID_BSN),
        end: situation.indexOf(VALID_BSN) + VALID_BSN.length,
        replacement: '[BSN]',
      }),
      expect.objectContaining({
        field: 'situation',
        kind: 'person-name',
        severity: 'warn',
        match: 'Sam',
        start: 0,
        replacement: '[naam]',
      }),
    ]);
    // A blocking finding cannot be confirmed away.
    const confirmed = await ready(ann, created.id, [{ kind: 'bsn', text: VALID_BSN }]);
    expect(confirmed.statusCode).toBe(422);
    const fetched = await ann.request('GET', `/api/cases/${created.id}`);
    expect(fetched.json<CaseDetails>().state).toBe('draft');
  });

  it('needs every warning confirmed as fictional or edited away', async () => {
    const created = await draft(ann, {
      ...clean,
      question: 'Wat zouden jullie doen als mevrouw Jansen belt op 06-12345678?',
    });
    const unconfirmed = await ready(ann, created.id, [{ kind: 'phone', text: '06-12345678' }]);
    expect(unconfirmed.statusCode).toBe(422);
    const body = unconfirmed.json<CaseGuardRejection>();
    expect(body.code).toBe('CASE_UNCONFIRMED_WARNINGS');
    expect(body.findings.map((f) => [f.field, f.kind, f.match])).toEqual([
      ['question', 'person-name', 'mevrouw Jansen'],
    ]);

    const confirmed = await ready(ann, created.id, [
      { kind: 'phone', text: '06-12345678' },
      { kind: 'person-name', text: 'mevrouw Jansen' },
      { kind: 'email', text: 'stale@example.nl' },
    ]);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<CaseDetails>()).toMatchObject({
      state: 'ready',
      confirmedWarnings: [
        { kind: 'person-name', text: 'mevrouw Jansen' },
        { kind: 'phone', text: '06-12345678' },
      ],
    });
  });

  it('asks for the situation and the question before a draft can be ready', async () => {
    const created = await draft(ann, { ...clean, situation: '', question: '  ' });
    const response = await ready(ann, created.id);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json<ErrorBody>().fields ?? {}).sort()).toEqual([
      'question',
      'situation',
    ]);
  });

  it('hides a case from everyone but its owner until it is used in their session', async () => {
    const created = await draft(ann);
    for (const [method, path] of [
      ['GET', `/api/cases/${created.id}`],
      ['PUT', `/api/cases/${created.id}`],
      ['POST', `/api/cases/${created.id}/ready`],
      ['POST', `/api/cases/${created.id}/withdraw`],
      ['POST', `/api/cases/${created.id}/archive`],
    ] as const) {
      const body =
        method === 'PUT' ? clean : method === 'POST' ? { confirmedWarnings: [] } : undefined;
      const response = await bob.request(method, path, body);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
      expect(response.json<ErrorBody>().code).toBe('NOT_FOUND');
    }
    expect((await new Agent(t.app).request('GET', `/api/cases/${created.id}`)).statusCode).toBe(
      401,
    );

    await ready(ann, created.id);
    const sessionId = await createSession(t.app, {
      participants: [{ userId: annId, role: 'case-owner' }, { userId: bobId }],
      startsAt: '2026-12-01T13:00:00.000Z',
      caseId: created.id,
    });
    await markCaseUsed(t.app.db, created.id, t.clock.now());
    const read = await bob.request('GET', `/api/cases/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<CaseDetails>()).toMatchObject({ state: 'used', isOwner: false });
    // Reading is all: the case stays the owner's.
    expect((await bob.request('POST', `/api/cases/${created.id}/archive`)).statusCode).toBe(404);

    await t.app.db
      .updateTable('session_participants')
      .set({ removed_at: t.clock.now().toISOString() })
      .where('session_id', '=', sessionId)
      .where('user_id', '=', bobId)
      .execute();
    expect((await bob.request('GET', `/api/cases/${created.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with a 400 naming each field, in the asked language', async () => {
    const response = await ann.request('POST', '/api/cases', {
      title: '',
      topic: 'schuldhulpverlening',
      situation: 'x'.repeat(5_001),
      question: 3,
      colour: 'red',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().fields).toEqual({
      title: 'Dit veld is verplicht.',
      situation: 'Gebruik hoogstens 5000 tekens.',
      question: 'Deze waarde heeft de verkeerde vorm.',
      colour: 'Dit veld kennen we niet.',
    });

    const english = new Agent(t.app, 'en');
    await english.signIn('ann@amsterdam.nl');
    const unknownTopic = await english.request('POST', '/api/cases', {
      ...clean,
      title: '   ',
      topic: 'astrologie',
    });
    expect(unknownTopic.statusCode).toBe(400);
    expect(unknownTopic.json<ErrorBody>().fields).toEqual({
      title: 'This field is required.',
      topic: 'Choose a topic from the list.',
    });
    const tooLongTitle = await ann.request('POST', '/api/cases', {
      ...clean,
      title: 't'.repeat(151),
      question: 'q'.repeat(1_001),
    });
    expect(Object.keys(tooLongTitle.json<ErrorBody>().fields ?? {})).toEqual(['title', 'question']);
    expect((await ann.request('GET', '/api/cases/not-a-uuid')).statusCode).toBe(400);
  });
});
