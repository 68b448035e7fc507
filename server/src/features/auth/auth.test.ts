import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, latestToken } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

describe.each(testDialects())('sign-in by e-mail link (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('signs a new user in with the mailed link and creates their account', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('Nieuw@Gemeente.nl');
    const session = await agent.request('GET', '/api/session');
    expect(session.json()).toMatchObject({
      user: { email: 'nieuw@gemeente.nl', role: 'participant', profileComplete: false },
    });
  });

  it('fills in the organisation from the work address, as the sign-in page says', async () => {
    const amsterdam = new Agent(t.app);
    await amsterdam.signIn('medewerker@amsterdam.nl');
    expect((await amsterdam.request('GET', '/api/profile')).json()).toMatchObject({
      organisationId: 'GM0363',
      organisationName: 'Gemeente Amsterdam',
      organisationVerified: true,
    });
    // A sub-domain counts; an unknown domain leaves the choice to the person.
    const team = new Agent(t.app);
    await team.signIn('iemand@wijkteam.amsterdam.nl');
    expect((await team.request('GET', '/api/profile')).json()).toMatchObject({
      organisationId: 'GM0363',
    });
    const elsewhere = new Agent(t.app);
    await elsewhere.signIn('iemand@voorbeeld.example');
    expect((await elsewhere.request('GET', '/api/profile')).json()).toMatchObject({
      organisationId: null,
      organisationVerified: false,
    });
  });

  it('stores only a hash of the token and of the session', async () => {
    const agent = new Agent(t.app);
    const token = await agent.requestLoginToken('a@gemeente.nl');
    const stored = await t.app.db.selectFrom('mail_tokens').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
  });

  it('opening the link (a GET, as mail scanners do) does not sign in; the token still works once', async () => {
    const agent = new Agent(t.app);
    const token = await agent.requestLoginToken('scan@gemeente.nl');
    const page = await t.app.inject({
      method: 'GET',
      url: `/inloggen/bevestigen`,
      headers: { accept: 'text/html' },
    });
    expect(page.cookies.find((c) => c.name === 'ods_session')).toBeUndefined();
    expect((await agent.request('POST', '/api/auth/session', { token })).statusCode).toBe(200);
    const again = await new Agent(t.app).request('POST', '/api/auth/session', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'LINK_INVALID' });
  });

  it('refuses a link after 15 minutes with a message that says so', async () => {
    const agent = new Agent(t.app);
    const token = await agent.requestLoginToken('late@gemeente.nl');
    t.clock.advanceMinutes(16);
    const response = await agent.request('POST', '/api/auth/session', { token });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'LINK_EXPIRED',
      message: expect.stringContaining('15 minuten'),
    });
  });

  it('logs out and forgets the session', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('uit@gemeente.nl');
    expect((await agent.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await agent.request('GET', '/api/profile')).statusCode).toBe(401);
  });

  it('ends a session after 30 days', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('lang@gemeente.nl');
    t.clock.advanceMinutes(31 * 24 * 60);
    expect((await agent.request('GET', '/api/profile')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('csrf@gemeente.nl');
    const response = await agent.request('POST', '/api/auth/logout', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ message: expect.stringContaining('opnieuw') });
  });

  it('rejects a malformed e-mail address with a field message', async () => {
    const response = await new Agent(t.app).request('POST', '/api/auth/login-link', {
      email: 'geen-adres',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { email: expect.stringContaining('e-mailadres') },
    });
  });

  it('answers in English when asked', async () => {
    const response = await new Agent(t.app, 'en').request('POST', '/api/auth/login-link', {
      email: 'x',
    });
    expect(response.json()).toMatchObject({
      fields: { email: expect.stringContaining('e-mail address') },
    });
  });

  it('changes the e-mail address only after the link sent to the new address is used', async () => {
    const agent = new Agent(t.app);
    await agent.signIn('oud@gemeente.nl');
    expect(
      (await agent.request('POST', '/api/account/email-change', { newEmail: 'nieuw@gemeente.nl' }))
        .statusCode,
    ).toBe(202);
    expect((await agent.request('GET', '/api/session')).json()).toMatchObject({
      user: { email: 'oud@gemeente.nl' },
    });
    const token = await latestToken(t.app, 'nieuw@gemeente.nl');
    expect((await agent.request('POST', '/api/auth/email-change', { token })).statusCode).toBe(200);
    expect((await agent.request('GET', '/api/session')).json()).toMatchObject({
      user: { email: 'nieuw@gemeente.nl' },
    });
  });
});
