import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalEventStatus,
  type ICalCalendar,
  type ICalCalendarMethod,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { ZONE } from '../slots/zone.ts';

export type PartStat = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

export type Person = { name: string; email: string };
export type Attendee = Person & { partstat: PartStat };

/** What every calendar entry of a session carries, in invitations and in the feed alike. */
export type SessionEventData = {
  /** Stable per session: updates and cancellations must reuse it or calendars duplicate the event. */
  uid: string;
  /** Raised on every change; calendars ignore an update whose SEQUENCE is not higher. */
  sequence: number;
  /** UTC ISO instants. */
  start: string;
  end: string;
  summary: string;
  description?: string;
  /** The join URL, written as URL and (unless `location` is given) as LOCATION. */
  url: string;
  location?: string;
  organizer: Person;
  /** Minutes before the start for the reminder alarm; default 15, null for none. */
  alarmMinutesBefore?: number | null;
  cancelled?: boolean;
};

const PARTSTAT: Record<PartStat, ICalAttendeeStatus> = {
  'NEEDS-ACTION': ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
};

function zoned(instant: string, field: string): DateTime {
  const moment = DateTime.fromISO(instant, { zone: 'utc' });
  if (!moment.isValid) throw new RangeError(`${field} is not an ISO instant: ${instant}`);
  return moment.setZone(ZONE);
}

/**
 * A calendar whose events are written in Europe/Amsterdam wall time. The timezone has no calendar
 * name on purpose: a named calendar timezone makes ical-generator write DTSTAMP without Z and a
 * non-standard TIMEZONE-ID line; the generator only adds the real VTIMEZONE block.
 */
export function newCalendar(
  method: ICalCalendarMethod,
  feed?: { name: string; refreshSeconds: number },
): ICalCalendar {
  return ical({
    method,
    prodId: { company: 'Over de schutting', product: 'Sessies', language: 'NL' },
    timezone: { name: null, generator: getVtimezoneComponent },
    // A feed tells subscribers how often to look again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ...(feed ? { name: feed.name, ttl: feed.refreshSeconds } : {}),
  });
}

/** Adds one session as a VEVENT; attendees are added only where the method allows them. */
export function addSessionEvent(
  calendar: ICalCalendar,
  data: SessionEventData,
  stampAt: string,
  attendees: readonly Attendee[],
): void {
  const start = zoned(data.start, 'start');
  const end = zoned(data.end, 'end');
  if (end <= start) throw new RangeError(`end (${data.end}) must be after start (${data.start})`);
  const event = calendar.createEvent({
    id: data.uid,
    sequence: data.sequence,
    // Zoned dates plus a per-event timezone give DTSTART;TZID=Europe/Amsterdam with the local
    // wall time; plain Dates would be written in the server's own zone.
    timezone: ZONE,
    start,
    end,
    stamp: zoned(stampAt, 'stampAt').toUTC(),
    summary: data.summary,
    description: data.description ?? null,
    location: data.location ?? data.url,
    url: data.url,
    organizer: { name: data.organizer.name, email: data.organizer.email },
    status: data.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  for (const attendee of attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: PARTSTAT[attendee.partstat],
      // Replies go through the buttons in the mail; nobody reads mail sent to the organizer.
      rsvp: false,
    });
  }
  const alarmMinutes = data.alarmMinutesBefore === undefined ? 15 : data.alarmMinutesBefore;
  if (alarmMinutes !== null && !data.cancelled) {
    event.createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: alarmMinutes * 60,
      description: data.summary,
    });
  }
}
