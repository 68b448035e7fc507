import { ICalCalendarMethod } from 'ical-generator';
import {
  addSessionEvent,
  newCalendar,
  type Attendee,
  type SessionEventData,
} from './session-event.ts';

export type { Attendee, PartStat, Person } from './session-event.ts';

export type InvitationInput = Omit<SessionEventData, 'cancelled'> & {
  method: 'REQUEST' | 'CANCEL';
  /** Every participant with their reply as the app knows it. */
  attendees: readonly Attendee[];
  /** The DTSTAMP: when this message was created (the caller's clock). */
  stampAt: string;
};

/**
 * The ICS attachment of an invitation mail (iTIP, RFC 5546): METHOD:REQUEST for a new or changed
 * session, METHOD:CANCEL with STATUS:CANCELLED to take it out of calendars. Same UID for the
 * whole life of a session; SEQUENCE must grow with each change, including the cancellation.
 */
export function buildInvitation(input: InvitationInput): string {
  const cancel = input.method === 'CANCEL';
  const calendar = newCalendar(cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addSessionEvent(calendar, { ...input, cancelled: cancel }, input.stampAt, input.attendees);
  return calendar.toString();
}

export type FeedEvent = SessionEventData;

/**
 * A personal subscription feed (METHOD:PUBLISH) with the same UIDs as the invitations, so a
 * calendar that has both shows each session once. Attendees are left out: iTIP does not allow
 * them in PUBLISH, and the feed URL should not spread other people's addresses.
 */
export function buildFeed(
  events: readonly FeedEvent[],
  options: { name: string; stampAt: string },
): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, {
    name: options.name,
    refreshSeconds: 60 * 60,
  });
  for (const event of events) addSessionEvent(calendar, event, options.stampAt, []);
  return calendar.toString();
}
