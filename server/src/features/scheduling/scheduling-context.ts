import type { AppConfig } from '../../config.ts';
import type { Person } from '../../core/calendar/ics.ts';

/** Group size bounds a session must keep (issue 4: groups of 3–6, quorum of 3). */
export const GROUP_MIN = 3;
export const GROUP_MAX = 6;
/** At most this many sessions per person per calendar month (as the matcher's default). */
export const MONTHLY_CAP = 2;
/** Quorum deadline: this many hours before the start; a second, last check a day before. */
export const QUORUM_HOURS = 48;
export const LAST_CHECK_HOURS = 24;
/** A substitute needs time to answer: none is invited later than this before the start. */
export const SUBSTITUTE_LEAD_HOURS = 24;
/** How far ahead a session may be moved to another common slot. */
export const MOVE_WINDOW_DAYS = 21;

/** What every part of scheduling needs to write links, mails and calendar entries. */
export interface SchedulingContext {
  publicUrl: string;
  /** Signs one-click reply links and derives calendar feed secrets. */
  secret: string;
  organizer: Person;
  /** The right-hand side of calendar UIDs: `<sessionId>@<uidHost>`. */
  uidHost: string;
  /** Whether linked calendars may point at private or loopback addresses (development only). */
  allowPrivateCalendarHosts: boolean;
}

/** The scheduling context from the app configuration. */
export function schedulingContext(config: AppConfig): SchedulingContext {
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  const name = config.mailFrom.replace(/<[^>]*>/, '').trim() || 'Over de schutting';
  return {
    publicUrl: config.publicUrl,
    secret: config.sessionSecret,
    organizer: { name, email: address.trim() },
    uidHost: new URL(config.publicUrl).hostname,
    allowPrivateCalendarHosts: config.env === 'development',
  };
}

/** The page of a session (with the video room): also the join URL in calendars. */
export function sessionUrl(ctx: SchedulingContext, sessionId: string): string {
  return `${ctx.publicUrl}/sessies/${sessionId}`;
}

/** The stable calendar UID of a session: invitations, updates, cancellations and the feed share it. */
export function sessionUid(ctx: SchedulingContext, sessionId: string): string {
  return `${sessionId}@${ctx.uidHost}`;
}
