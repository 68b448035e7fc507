import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Round } from '@ods/shared';
import { loggerOptions } from './app.ts';
import { loadConfig } from './config.ts';
import { NOTES_FRAGMENT } from './domain/notes/notes-sections.ts';
import { connectNotesClient } from './features/notes/notes-node-client.ts';
import { DEBT_PEOPLE } from './features/rounds/rounds.fixtures.ts';
import { agree, CONTENT, heldGroup, save, view } from './features/summaries/summaries.fixtures.ts';
import { Agent } from './test-support/agent.ts';
import { createUser } from './test-support/fixtures.ts';
import { receivedReplyToken, startSmtp } from './test-support/smtp.ts';
import { createTestApp, testDialects, type TestApp } from './test-support/test-app.ts';

const NEWCOMER = { email: 'geheim.adres@gemeente-zuid.nl', name: 'Gerda Geheimhouder' };
const COORDINATOR = 'stille.coordinator@netwerk-zuid.nl';
const NOTE = 'Mevrouw Jansen van de Lindelaan wacht al negen weken op de intake';
const METRICS_TOKEN = 'metrics-token-metrics-token-0123';

/** The token of the newest sign-in link mailed to an address (the link carries it after #). */
function linkToken(text: string): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no sign-in link in the mail');
  return match[1];
}

describe.each(testDialects())('the log on the main path (%s)', (dialect) => {
  let t: TestApp | undefined;
  let close: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of close.reverse()) await step();
    close = [];
    await t?.close();
    t = undefined;
  });

  it('holds no token, cookie, link, address, name, mail text or note text, at the most verbose level', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const smtp = await startSmtp();
    close.push(() => smtp.close());
    const logging = loggerOptions(
      loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'trace', SESSION_SECRET: 'x'.repeat(32) }),
    );
    t = await createTestApp(
      dialect,
      { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, METRICS_TOKEN, LOG_LEVEL: 'trace' },
      {},
      { ...(logging as object), stream },
    );
    const app = t.app;
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const deliver = () => app.mailWorker.runOnce();
    const mailTo = (to: string) => smtp.received.filter((m) => m.to === to).at(-1)!;
    const secrets: string[] = [];

    /** Signs in by the link mailed over SMTP, as a person does. */
    const signInByMail = async (email: string) => {
      const agent = new Agent(app);
      expect((await agent.request('POST', '/api/auth/login-link', { email })).statusCode).toBe(202);
      await deliver();
      const token = linkToken(mailTo(email).text);
      const session = await agent.request('POST', '/api/auth/session', { token });
      expect(session.statusCode, session.body).toBe(200);
      secrets.push(token, agent.csrfToken, agent.cookieHeader()!.replace(/^.*ods_session=/, ''));
      return agent;
    };

    // Signing up: a new address asks for a link, follows it and fills in the profile.
    const newcomer = await signInByMail(NEWCOMER.email);
    const profile = await newcomer.request('PUT', '/api/profile', {
      name: NEWCOMER.name,
      organisationId: 'GM0344',
      jobTitle: 'Consulent schuldhulp',
      topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
      availability: [{ weekday: 2, startMinute: 540, endMinute: 1020 }],
      frequencyWeeks: 4,
      houseRulesAccepted: true,
    });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await newcomer.request('GET', '/api/profile')).body).toContain(NEWCOMER.name);

    // A coordinator proposes a round, reads it and commits it; the invitations go out by SMTP.
    for (const person of DEBT_PEOPLE) await createUser(app, person);
    await createUser(app, { email: COORDINATOR, name: 'Stille Coördinator', role: 'coordinator' });
    const coordinator = await signInByMail(COORDINATOR);
    const proposed = await coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      seed: 3,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const round = proposed.json<Round>();
    expect((await coordinator.request('GET', `/api/rounds/${round.id}`)).statusCode).toBe(200);
    const commit = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
    expect(commit.statusCode, commit.body).toBe(200);
    await app.scheduler.runOnce();
    await deliver();
    const invitation = mailTo(NEWCOMER.email);
    expect(invitation.subject).not.toBe('');

    // The newcomer answers by the mail's one-click link, then reads the session.
    const replyToken = receivedReplyToken(smtp.received, NEWCOMER.email, 'accept');
    secrets.push(replyToken);
    const visitor = new Agent(app);
    expect((await visitor.request('GET', `/api/replies/${replyToken}`)).statusCode).toBe(200);
    const replied = await visitor.request('POST', '/api/replies', { token: replyToken });
    expect(replied.statusCode, replied.body).toBe(200);
    await app.inject({ method: 'GET', url: `/calendar/${replyToken}.ics` });
    const sessionId = commit
      .json<Round>()
      .groups.find((g) => g.members.some((m) => m.name === NEWCOMER.name))!.sessionId!;
    expect((await newcomer.request('GET', `/api/sessions/${sessionId}`)).statusCode).toBe(200);

    // The shared notes, over the real socket.
    const notes = connectNotesClient(baseUrl, sessionId, newcomer.cookieHeader(), {
      reconnect: false,
    });
    close.push(async () => notes.destroy());
    await notes.synced;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(NOTE)]);
    notes.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    await notes.acknowledged();

    // A held session's summary, saved and agreed to by everyone.
    const group = await heldGroup(t);
    expect((await save(group.anna, group.sessionId, 0)).statusCode).toBe(200);
    expect((await view(group.bram, group.sessionId)).content.advice).toBe(CONTENT.advice);
    for (const [agent, choice] of [
      [group.anna, 'name-and-municipality'],
      [group.bram, 'size-class-and-region'],
      [group.chantal, 'hidden'],
    ] as const)
      expect((await agree(agent, group.sessionId, choice)).statusCode).toBe(200);
    for (const agent of [group.anna, group.bram, group.chantal])
      secrets.push(agent.cookieHeader()!.replace(/^.*ods_session=/, ''), agent.csrfToken);

    await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    await deliver();

    // Refusals are logged too, without what was sent: a used or wrong link, a broken address.
    const stranger = new Agent(app);
    const wrong = 'Verkeerd-token-van-iemand-anders-0123456789ab';
    expect((await stranger.request('POST', '/api/auth/session', { token: wrong })).statusCode).toBe(
      400,
    );
    const broken = 'Gerda.Geheimhouder@';
    expect(
      (await stranger.request('POST', '/api/auth/login-link', { email: broken })).statusCode,
    ).toBe(400);
    secrets.push(wrong, broken);

    // A driver's error as the error handler logs an unexpected one: PostgreSQL's names the
    // values of the key it refused (here the address of someone who already has an account).
    const stamp = t.clock.now().toISOString();
    const duplicate: unknown = await app.db
      .insertInto('users')
      .values({
        id: '00000000-0000-4000-8000-00000000d0b1',
        email: NEWCOMER.email,
        name: 'Dubbel',
        role: 'participant',
        organisation_id: 'GM0344',
        job_title: 'Consulent',
        house_rules_accepted_at: stamp,
        profile_completed_at: stamp,
        paused_until: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute()
      .catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Error);
    app.log.error({ err: duplicate }, 'request failed');

    const log = lines.join('');
    // The log was written at its most verbose, through the whole path.
    expect(lines.length).toBeGreaterThan(25);
    expect(log).toContain('request failed');
    for (const route of ['/api/replies/:token', '/api/rounds/:id/commit', '/api/profile'])
      expect(log).toContain(route);

    const people = await app.db.selectFrom('users').select(['email', 'name']).execute();
    expect(people.length).toBeGreaterThan(10);
    const texts = [
      NOTE,
      METRICS_TOKEN,
      ...people.flatMap((p) => [p.email, p.email.split('@')[0]!, p.name]),
      ...Object.values(CONTENT).filter((v): v is string => typeof v === 'string'),
      ...smtp.received.flatMap((m) => [
        m.subject,
        // Each line of a mail that says something of its own (greetings and links included).
        ...m.text.split('\n').filter((line) => line.trim().length >= 24),
      ]),
      ...secrets,
    ];
    for (const text of new Set(texts)) expect(log, text).not.toContain(text.trim());
  });
});
