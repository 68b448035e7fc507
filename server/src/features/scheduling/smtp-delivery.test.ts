import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { receivedReplyToken, startSmtp } from '../../test-support/smtp.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createCommittedSession, createPeople } from './scheduling.fixtures.ts';

/** Reads an ICS with two independent parsers and returns what both agree on. */
function readCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vtimezone = root.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  const vevent = root.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const viaIcalJs = {
    method: root.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    startTzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
    localStart: event.startDate.toString(),
    start: event.startDate.toJSDate().toISOString(),
    partstats: Object.fromEntries(
      vevent
        .getAllProperties('attendee')
        .map((p) => [
          String(p.getFirstValue()).replace(/^mailto:/i, ''),
          p.getParameter('partstat'),
        ]),
    ),
  };
  const parsed = nodeIcal.sync.parseICS(text);
  const nodeEvent = Object.values(parsed).find((c): c is VEvent => c?.type === 'VEVENT')!;
  const viaNodeIcal = {
    method: parsed.vcalendar?.method,
    uid: nodeEvent.uid,
    sequence: Number(nodeEvent.sequence),
    start: nodeEvent.start.toISOString(),
    startZone: nodeEvent.start.tz,
    partstats: Object.fromEntries(
      [nodeEvent.attendee ?? []]
        .flat()
        .map((a) =>
          typeof a === 'string'
            ? [a, undefined]
            : [a.val.replace(/^mailto:/i, ''), a.params.PARTSTAT],
        ),
    ),
  };
  ICAL.TimezoneService.reset();
  expect(viaNodeIcal).toEqual({
    method: viaIcalJs.method,
    uid: viaIcalJs.uid,
    sequence: viaIcalJs.sequence,
    start: viaIcalJs.start,
    startZone: 'Europe/Amsterdam',
    partstats: viaIcalJs.partstats,
  });
  expect(viaIcalJs.startTzid).toBe('Europe/Amsterdam');
  return viaIcalJs;
}

describe.each(testDialects())('mail delivery over SMTP (%s)', (dialect) => {
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
  const calendarsTo = (to: string) =>
    smtp.received
      .filter((m) => m.to === to)
      .flatMap((m) => m.calendars.slice(0, 1).map(readCalendar));

  it('invitations, a substitute, an update and a cancellation read the same in two parsers, with one UID', async () => {
    const both = [
      { weekday: 2, startMinute: 540, endMinute: 1020 },
      { weekday: 4, startMinute: 540, endMinute: 1020 },
    ];
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas', 'Dirk'], { availability: both });
    await createUser(t.app, { email: 'coordinator@example.nl', role: 'coordinator' });
    const sessionId = await createCommittedSession(t.app, ids.slice(0, 3));
    const uid = `${sessionId}@localhost`;
    await t.app.scheduler.runOnce();
    expect(await deliver()).toBe(3);
    for (const email of ['ann@example.nl', 'bob@example.nl', 'cas@example.nl']) {
      expect(calendarsTo(email)).toEqual([
        expect.objectContaining({
          method: 'REQUEST',
          uid,
          sequence: 0,
          localStart: '2026-12-01T14:00:00',
          start: '2026-12-01T13:00:00.000Z',
          partstats: {
            'ann@example.nl': 'NEEDS-ACTION',
            'bob@example.nl': 'NEEDS-ACTION',
            'cas@example.nl': 'NEEDS-ACTION',
          },
        }),
      ]);
    }

    const visitor = new Agent(t.app);
    await visitor.request('POST', '/api/replies', {
      token: receivedReplyToken(smtp.received, 'ann@example.nl', 'accept'),
    });
    await visitor.request('POST', '/api/replies', {
      token: receivedReplyToken(smtp.received, 'bob@example.nl', 'decline'),
    });
    await deliver();
    expect(calendarsTo('bob@example.nl')[1]).toMatchObject({ method: 'CANCEL', uid, sequence: 1 });
    expect(calendarsTo('dirk@example.nl')).toEqual([
      expect.objectContaining({
        method: 'REQUEST',
        uid,
        sequence: 2,
        partstats: {
          'ann@example.nl': 'ACCEPTED',
          'cas@example.nl': 'NEEDS-ACTION',
          'dirk@example.nl': 'NEEDS-ACTION',
        },
      }),
    ]);

    const agents = await Promise.all(
      ['ann', 'cas', 'dirk'].map(async (name) => {
        const agent = new Agent(t.app);
        await agent.signIn(`${name}@example.nl`);
        return agent;
      }),
    );
    const proposal = await agents[0]!.request('POST', `/api/sessions/${sessionId}/proposals`, {
      startsAt: '2026-12-03T09:00:00.000Z',
    });
    const { id } = proposal.json<{ id: string }>();
    for (const agent of agents.slice(1))
      await agent.request('POST', `/api/sessions/${sessionId}/proposals/${id}/vote`, {
        accept: true,
      });
    await deliver();
    for (const email of ['ann@example.nl', 'cas@example.nl', 'dirk@example.nl']) {
      expect(calendarsTo(email).at(-1)).toMatchObject({
        method: 'REQUEST',
        uid,
        sequence: 3,
        localStart: '2026-12-03T10:00:00',
        partstats: {
          'ann@example.nl': 'ACCEPTED',
          'cas@example.nl': 'ACCEPTED',
          'dirk@example.nl': 'ACCEPTED',
        },
      });
    }

    const coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    await coordinator.request('POST', `/api/sessions/${sessionId}/cancel`);
    await deliver();
    for (const email of ['ann@example.nl', 'cas@example.nl', 'dirk@example.nl'])
      expect(calendarsTo(email).at(-1)).toMatchObject({ method: 'CANCEL', uid, sequence: 4 });
  });

  it('with the mail server down, delivers every mail once after it returns', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas', 'Dirk']);
    await createCommittedSession(t.app, ids);
    smtp.state.down = true;
    await t.app.scheduler.runOnce();
    expect(await deliver()).toBe(0);
    expect(smtp.received).toHaveLength(0);
    const waiting = await t.app.db
      .selectFrom('outbox')
      .select(['id', 'state', 'last_error'])
      .execute();
    expect(waiting).toHaveLength(4);
    expect(waiting.every((m) => m.state === 'pending')).toBe(true);
    // The first attempt found the server gone; the others wait without spending an attempt.
    expect(waiting.filter((m) => m.last_error)).toHaveLength(1);

    smtp.state.down = false;
    // Back: everything goes at the next run, not after the first mail's backoff.
    expect(await deliver()).toBe(4);
    t.clock.advanceMinutes(60);
    expect(await deliver()).toBe(0);
    const ids4 = smtp.received.map((m) => m.messageId);
    expect(new Set(ids4).size).toBe(4);
    expect(ids4.sort()).toEqual(waiting.map((m) => `<${m.id}@localhost>`).sort());
  });
});
