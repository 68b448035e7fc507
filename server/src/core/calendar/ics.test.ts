import ICAL from 'ical.js';
import nodeIcal, { type Attendee as NodeIcalAttendee, type VEvent } from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFeed, buildInvitation, type InvitationInput } from './ics.ts';

const session: InvitationInput = {
  method: 'REQUEST',
  uid: 'session-42@overdeschutting.nl',
  sequence: 0,
  // Monday 30 March 2026, the first working day after the clocks moved forward: 14:00 CEST.
  start: '2026-03-30T12:00:00.000Z',
  end: '2026-03-30T13:00:00.000Z',
  summary: 'Sparsessie: jeugd; "schuldhulp", wonen',
  description: 'Waarom deze groep:\nJullie werken allemaal aan jeugd.',
  url: 'https://ods.example/sessies/42',
  organizer: { name: 'Over de schutting', email: 'sessies@ods.example' },
  attendees: [
    { name: 'Anna de Vries', email: 'anna@gemeente-a.nl', partstat: 'ACCEPTED' },
    { name: 'Bram Jansen', email: 'bram@gemeente-b.nl', partstat: 'NEEDS-ACTION' },
    { name: 'Chris Bakker', email: 'chris@gemeente-c.nl', partstat: 'DECLINED' },
    { name: 'Dewi Smit', email: 'dewi@gemeente-d.nl', partstat: 'TENTATIVE' },
  ],
  stampAt: '2026-03-20T08:15:00.000Z',
};

/** Reads with ical.js, resolving DTSTART through the VTIMEZONE in the file itself. */
function readWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    timezoneId: vtimezone?.getFirstPropertyValue('tzid'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    startTzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    url: vevent.getFirstPropertyValue('url'),
    attendees: vevent.getAllProperties('attendee').map((property) => ({
      email: String(property.getFirstValue()).replace(/^mailto:/i, ''),
      partstat: property.getParameter('partstat'),
      rsvp: property.getParameter('rsvp'),
    })),
    alarmTrigger: vevent
      .getFirstSubcomponent('valarm')
      ?.getFirstPropertyValue('trigger')
      ?.toString(),
  };
}

/** Reads with node-ical, which resolves the TZID from its own time-zone data. */
function readWithNodeIcal(text: string) {
  const parsed = nodeIcal.sync.parseICS(text);
  const events = Object.values(parsed).filter((item): item is VEvent => item?.type === 'VEVENT');
  const event = events[0];
  if (!event) throw new Error('no VEVENT');
  const attendees = ([] as NodeIcalAttendee[]).concat(event.attendee ?? []);
  return {
    method: parsed.vcalendar?.method,
    uid: event.uid,
    sequence: Number(event.sequence),
    status: event.status,
    start: event.start.toISOString(),
    startZone: event.start.tz,
    end: event.end?.toISOString(),
    attendees: attendees.map((attendee) =>
      typeof attendee === 'string'
        ? { email: attendee, partstat: undefined, rsvp: undefined }
        : {
            email: attendee.val.replace(/^mailto:/i, ''),
            partstat: attendee.params.PARTSTAT,
            rsvp: attendee.params.RSVP,
          },
    ),
    eventCount: events.length,
  };
}

afterEach(() => ICAL.TimezoneService.reset());

describe('buildInvitation', () => {
  it('writes a REQUEST that both parsers read with the right instant, attendees and reminder', () => {
    const text = buildInvitation(session);
    const viaIcalJs = readWithIcalJs(text);
    const viaNodeIcal = readWithNodeIcal(text);

    expect(viaIcalJs).toMatchObject({
      method: 'REQUEST',
      timezoneId: 'Europe/Amsterdam',
      uid: session.uid,
      sequence: 0,
      startTzid: 'Europe/Amsterdam',
      start: session.start,
      end: session.end,
      url: session.url,
      alarmTrigger: '-PT15M',
    });
    expect(viaNodeIcal).toMatchObject({
      method: 'REQUEST',
      uid: session.uid,
      sequence: 0,
      start: session.start,
      startZone: 'Europe/Amsterdam',
      end: session.end,
    });
    const expectedAttendees = session.attendees.map(({ email, partstat }) => ({ email, partstat }));
    expect(viaIcalJs.attendees).toEqual(expectedAttendees.map((a) => ({ ...a, rsvp: 'FALSE' })));
    expect(viaNodeIcal.attendees).toEqual(expectedAttendees.map((a) => ({ ...a, rsvp: false })));
  });

  it('writes local wall time with TZID, a real VTIMEZONE, and DTSTAMP in UTC (known ical-generator pitfalls)', () => {
    const text = buildInvitation(session);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260330T140000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Amsterdam:20260330T150000\r\n');
    expect(text).toContain('DTSTAMP:20260320T081500Z\r\n');
    expect(text).toMatch(
      /BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n[\s\S]*BEGIN:DAYLIGHT[\s\S]*BEGIN:STANDARD[\s\S]*END:VTIMEZONE/,
    );
    expect(text).not.toMatch(/TIMEZONE-ID|X-WR-TIMEZONE/);
    expect(text).toContain('ORGANIZER;CN="Over de schutting":mailto:sessies@ods.example');
  });

  it('gives the same text whatever time zone the server runs in', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const inNewYork = buildInvitation(session);
      process.env.TZ = 'Asia/Tokyo';
      expect(buildInvitation(session)).toBe(inNewYork);
    } finally {
      process.env.TZ = original;
    }
  });

  it('keeps 14:00 local just after the autumn change too', () => {
    const autumn = {
      ...session,
      start: '2026-10-26T13:00:00.000Z',
      end: '2026-10-26T14:30:00.000Z',
    };
    const text = buildInvitation(autumn);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261026T140000\r\n');
    expect(readWithIcalJs(text).start).toBe(autumn.start);
    expect(readWithNodeIcal(text).start).toBe(autumn.start);
  });

  it('sends a move as an update with the same UID and a higher SEQUENCE', () => {
    const moved = {
      ...session,
      sequence: 1,
      start: '2026-04-01T08:00:00.000Z',
      end: '2026-04-01T09:00:00.000Z',
    };
    const text = buildInvitation(moved);
    for (const read of [readWithIcalJs(text), readWithNodeIcal(text)]) {
      expect(read).toMatchObject({
        method: 'REQUEST',
        uid: session.uid,
        sequence: 1,
        start: moved.start,
      });
    }
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the original UID and no reminder', () => {
    const text = buildInvitation({ ...session, method: 'CANCEL', sequence: 2 });
    const viaIcalJs = readWithIcalJs(text);
    expect(viaIcalJs).toMatchObject({
      method: 'CANCEL',
      uid: session.uid,
      sequence: 2,
      status: 'CANCELLED',
    });
    expect(viaIcalJs.alarmTrigger).toBeUndefined();
    expect(readWithNodeIcal(text)).toMatchObject({
      method: 'CANCEL',
      uid: session.uid,
      sequence: 2,
      status: 'CANCELLED',
    });
  });

  it('escapes text so a summary with ; and , survives', () => {
    const vevent = new ICAL.Component(
      ICAL.parse(buildInvitation(session)) as unknown[],
    ).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(session.summary);
    expect(vevent?.getFirstPropertyValue('description')).toBe(session.description);
  });

  it('refuses an end that is not after the start', () => {
    expect(() => buildInvitation({ ...session, end: session.start })).toThrow(RangeError);
  });
});

describe('buildFeed', () => {
  it('publishes every session with the invitation UIDs and no attendee addresses', () => {
    const second = {
      ...session,
      uid: 'session-43@overdeschutting.nl',
      sequence: 3,
      start: '2026-10-26T13:00:00.000Z',
      end: '2026-10-26T14:00:00.000Z',
    };
    const text = buildFeed([session, second], { name: 'Mijn sessies', stampAt: session.stampAt });
    const parsed = nodeIcal.sync.parseICS(text);
    expect(parsed.vcalendar?.method).toBe('PUBLISH');
    const first = parsed[session.uid] as VEvent;
    const other = parsed[second.uid] as VEvent;
    expect(first.start.toISOString()).toBe(session.start);
    expect(other.start.toISOString()).toBe(second.start);
    expect(Number(other.sequence)).toBe(3);
    expect(text).not.toContain('ATTENDEE');
    expect(text).toContain('X-WR-CALNAME:Mijn sessies');

    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(
      calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid')),
    ).toEqual([session.uid, second.uid]);
  });
});
