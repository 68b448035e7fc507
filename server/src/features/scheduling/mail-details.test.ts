import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { receivedReplyToken, startSmtp, type ReceivedMail } from '../../test-support/smtp.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { heldGroup, seedAttendance, seedNotes } from '../summaries/summaries.fixtures.ts';
import { createCommittedSession, createPeople } from './scheduling.fixtures.ts';

/** The Content-Type headers of every calendar part in a raw message. */
function calendarPartTypes(raw: string): string[] {
  return [...raw.matchAll(/^Content-Type:\s*((?:text\/calendar|application\/ics)[^\r\n]*)/gim)].map(
    (m) => m[1]!.toLowerCase(),
  );
}

/** The parts inside the message's multipart/alternative, as raw text. */
function alternativeSection(raw: string): string {
  const boundary = /Content-Type:\s*multipart\/alternative;\s*boundary="?([^"\r\n;]+)"?/i.exec(
    raw,
  )?.[1];
  if (!boundary) return '';
  const start = raw.indexOf(`--${boundary}`);
  return raw.slice(start, raw.indexOf(`--${boundary}--`, start));
}

function eventOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = root.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vevent = events[0]!;
  return {
    method: root.getFirstPropertyValue('method'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
    attendees: vevent
      .getAllProperties('attendee')
      .map((p) => String(p.getFirstValue()).replace(/^mailto:/i, ''))
      .sort(),
  };
}

describe.each(testDialects())('mail as it leaves the app (%s)', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeEach(async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  const deliver = () => t.app.mailWorker.runOnce();
  const to = (email: string): ReceivedMail[] => smtp.received.filter((m) => m.to === email);
  /** Every stored column of every outbox row, as one text to search. */
  const storedOutbox = async () =>
    JSON.stringify(await t.app.db.selectFrom('outbox').selectAll().execute());

  it('keeps no usable sign-in link in the outbox once the mail is delivered', async () => {
    const visitor = new Agent(t.app);
    const pending = await visitor.request('POST', '/api/auth/login-link', {
      email: 'ann@example.nl',
    });
    expect(pending.statusCode).toBe(202);
    // Until delivery the outbox has it (this is what /dev/outbox shows in development).
    expect(await storedOutbox()).toContain('#token=');
    expect(await deliver()).toBe(1);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(to('ann@example.nl')[0]!.text)![1]!;
    const stored = await storedOutbox();
    expect(stored).not.toContain(token);
    expect(stored).not.toMatch(/#token=[A-Za-z0-9_-]{20,}/);
    expect(stored).toContain('removed after delivery');
    // The mail itself was whole: the link in it signs in.
    const signIn = await visitor.request('POST', '/api/auth/session', { token });
    expect(signIn.statusCode).toBe(200);
  });

  it('keeps no usable one-click reply link in the outbox once invitations are delivered', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    expect(await deliver()).toBe(3);
    const stored = await storedOutbox();
    for (const email of ['ann@example.nl', 'bob@example.nl', 'cas@example.nl'])
      for (const action of ['accept', 'decline'] as const)
        expect(stored).not.toContain(receivedReplyToken(smtp.received, email, action));
    expect(stored).not.toMatch(/\/antwoord\/[A-Za-z0-9_-]{20,}/);
    // The delivered links work.
    const reply = await new Agent(t.app).request('POST', '/api/replies', {
      token: receivedReplyToken(smtp.received, 'ann@example.nl', 'accept'),
    });
    expect(reply.statusCode).toBe(200);
  });

  it('keeps no usable consent link in the outbox once the consent mail is delivered', async () => {
    const held = await heldGroup(t);
    await seedNotes(t, held.sessionId);
    await seedAttendance(t, held.sessionId, [held.ids.anna, held.ids.bram]);
    expect(await t.app.consentRound.runOnce()).toMatchObject({ asked: 2 });
    await deliver();
    const received = smtp.received.filter((m) => m.text.includes('/toestemming/'));
    expect(received).toHaveLength(2);
    const stored = await storedOutbox();
    for (const mail of received)
      expect(stored).not.toContain(/\/toestemming\/([A-Za-z0-9_.-]+)/.exec(mail.text)![1]);
    expect(stored).not.toMatch(/\/toestemming\/[A-Za-z0-9_-]{20,}/);
  });

  it('sends an invitation with exactly one calendar event: a text/calendar alternative and its .ics', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    await deliver();
    const [mail] = to('ann@example.nl');
    expect(calendarPartTypes(mail!.raw)).toEqual([
      expect.stringMatching(/^text\/calendar;.*method=request/),
      expect.stringMatching(/^application\/ics/),
    ]);
    expect(alternativeSection(mail!.raw)).toMatch(
      /Content-Type:\s*text\/calendar;.*method=REQUEST/i,
    );
    expect(mail!.raw.match(/filename="?uitnodiging\.ics/gi)).toHaveLength(1);
    expect(mail!.calendars).toHaveLength(1);
    expect(eventOf(mail!.calendars[0]!)).toMatchObject({ method: 'REQUEST', sequence: 0 });
  });

  it('when a substitute joins, the others get the new attendee list with a short mail', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas', 'Dirk']);
    await createCommittedSession(t.app, ids.slice(0, 3));
    await t.app.scheduler.runOnce();
    await deliver();
    const decline = await new Agent(t.app).request('POST', '/api/replies', {
      token: receivedReplyToken(smtp.received, 'bob@example.nl', 'decline'),
    });
    expect(decline.statusCode).toBe(200);
    await deliver();
    for (const email of ['ann@example.nl', 'cas@example.nl']) {
      const update = to(email).at(-1)!;
      expect(update.subject).toMatch(/^Nieuwe deelnemer: /);
      expect(update.text).toContain('Dirk neemt een vrijgekomen plek');
      expect(eventOf(update.calendars[0]!)).toMatchObject({
        method: 'REQUEST',
        sequence: 2,
        attendees: ['ann@example.nl', 'cas@example.nl', 'dirk@example.nl'],
      });
    }
    expect(to('dirk@example.nl')).toHaveLength(1);
    expect(eventOf(to('dirk@example.nl')[0]!.calendars[0]!)).toMatchObject({ sequence: 2 });
  });

  it('writes the calendar entry and the mail around it in the recipient’s language', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await t.app.db.updateTable('users').set({ language: 'en' }).where('id', '=', ids[1]!).execute();
    await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    await deliver();
    const topic = await t.app.db
      .selectFrom('topics')
      .select(['name_nl', 'name_en'])
      .where('slug', '=', 'schuldhulpverlening')
      .executeTakeFirstOrThrow();

    const english = to('bob@example.nl')[0]!;
    expect(english.subject).toMatch(/^Invitation: sparring session /);
    expect(english.text).toContain('You are invited to a sparring session');
    expect(english.raw).toMatch(/filename="?invitation\.ics/);
    const en = eventOf(english.calendars[0]!);
    expect(en.summary).toBe(`Sparring session Over de schutting: ${topic.name_en}`);
    expect(en.description).toMatch(/^Why this group: Debt assistance/);
    expect(en.description).toMatch(/\nJoin: http:\/\/localhost:3000\/sessies\//);

    const dutch = eventOf(to('ann@example.nl')[0]!.calendars[0]!);
    expect(dutch.summary).toBe(`Sparsessie Over de schutting: ${topic.name_nl}`);
    expect(dutch.description).toMatch(/^Waarom deze groep: Schuldhulpverlening/);

    // The calendar feed of an English speaker is English too.
    const bob = new Agent(t.app, 'en');
    await bob.signIn('bob@example.nl');
    const feed = (await bob.request('GET', '/api/calendar-feed')).json<{ url: string }>();
    const subscribed = await t.app.inject({ method: 'GET', url: new URL(feed.url).pathname });
    expect(eventOf(subscribed.body).summary).toBe(
      `Sparring session Over de schutting: ${topic.name_en}`,
    );
  });
});
