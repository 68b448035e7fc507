import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { busyTimesByUser } from '../../domain/availability/busy-times.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createPeople } from './scheduling.fixtures.ts';

const PUBLISHED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:busy-1',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261201T130000Z',
  'DTEND:20261201T140000Z',
  'SUMMARY:Teamoverleg',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe.each(testDialects())('linked calendars (%s)', (dialect) => {
  let calendarServer: Server;
  let base: string;
  let t: TestApp | undefined;
  beforeEach(async () => {
    calendarServer = createServer((request, response) => {
      if (request.url === '/published.ics')
        response.writeHead(200, { 'content-type': 'text/calendar' }).end(PUBLISHED);
      else if (request.url === '/page.html')
        response.writeHead(200).end('<html>no calendar</html>');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => calendarServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(calendarServer.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await t?.close();
    await new Promise((resolve) => calendarServer.close(resolve));
  });

  async function signedIn(env: Record<string, string>) {
    t = await createTestApp(dialect, env);
    const [userId] = await createPeople(t.app, ['Ann']);
    const agent = new Agent(t.app);
    await agent.signIn('ann@example.nl');
    return { agent, userId: userId! };
  }

  it('outside development, refuses addresses on loopback or private networks', async () => {
    const { agent } = await signedIn({});
    for (const url of [
      `${base}/published.ics`,
      'http://localhost/agenda.ics',
      'webcal://10.1.2.3/agenda.ics',
    ]) {
      const answer = await agent.request('PUT', '/api/linked-calendar', { url });
      expect(answer.statusCode).toBe(422);
      expect(answer.json()).toMatchObject({ code: 'CALENDAR_ADDRESS_REFUSED' });
    }
    expect((await agent.request('GET', '/api/linked-calendar')).json()).toEqual({ calendar: null });
  });

  it('reads busy times from a linked calendar; a broken address is kept and reported, not fatal', async () => {
    const { agent, userId } = await signedIn({ APP_ENV: 'development' });
    const linked = await agent.request('PUT', '/api/linked-calendar', {
      url: `${base}/published.ics`,
    });
    expect(linked.json()).toMatchObject({ calendar: { busyCount: 1, lastError: null } });
    const busy = await busyTimesByUser(t!.app.db, [userId], {
      from: '2026-11-30T00:00:00.000Z',
      to: '2026-12-07T00:00:00.000Z',
    });
    expect(busy.get(userId)).toEqual([
      { start: '2026-12-01T13:00:00.000Z', end: '2026-12-01T14:00:00.000Z' },
    ]);

    const broken = await agent.request('PUT', '/api/linked-calendar', { url: `${base}/gone.ics` });
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({
      calendar: { url: `${base}/gone.ics`, busyCount: 0, lastError: 'http-status' },
    });
    expect(
      broken.json<{ calendar: { lastErrorMessage: string } }>().calendar.lastErrorMessage,
    ).toMatch(/geen agenda terug/);
    await agent.request('PUT', '/api/linked-calendar', { url: `${base}/page.html` });
    expect((await agent.request('GET', '/api/linked-calendar')).json()).toMatchObject({
      calendar: { lastError: 'not-a-calendar' },
    });

    // The daily refresh picks up a calendar that works again.
    await t!.app.db
      .updateTable('linked_calendars')
      .set({ url: `${base}/published.ics` })
      .execute();
    t!.clock.advanceMinutes(25 * 60);
    await t!.app.scheduler.refreshCalendars();
    expect((await agent.request('GET', '/api/linked-calendar')).json()).toMatchObject({
      calendar: { busyCount: 1, lastError: null },
    });
    expect((await agent.request('DELETE', '/api/linked-calendar')).statusCode).toBe(204);
    expect(
      (await busyTimesByUser(t!.app.db, [userId], { from: '2026-01-01', to: '2027-01-01' })).size,
    ).toBe(0);
  });
});
