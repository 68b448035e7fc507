import ICAL from 'ical.js';
import type { BusyInterval } from '../slots/types.ts';
import { toEpochMillis, withCalendarTimezones } from './ical-zones.ts';
import { clipAndMerge, type MillisInterval } from './intervals.ts';

export type BusyTimesError = { code: 'malformed' | 'not-a-calendar'; message: string };

export type BusyTimesResult =
  { ok: true; busy: BusyInterval[] } | { ok: false; error: BusyTimesError };

/** Guards against rules that never end and never pass the range (or pathological files). */
const MAX_OCCURRENCES_PER_EVENT = 20_000;

function blocksTime(component: ICAL.Component): boolean {
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transparency = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  // Outlook marks "free" and "working elsewhere" appointments with its own busy status.
  const outlookStatus = String(
    component.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '',
  ).toUpperCase();
  return (
    status !== 'CANCELLED' &&
    transparency !== 'TRANSPARENT' &&
    outlookStatus !== 'FREE' &&
    outlookStatus !== 'WORKINGELSEWHERE'
  );
}

/** ical.js declares this shape in a types file it does not ship. */
type OccurrenceDetails = { startDate: ICAL.Time; endDate: ICAL.Time; item: ICAL.Event };

function eventIntervals(master: ICAL.Event, range: MillisInterval): MillisInterval[] {
  if (!master.isRecurring()) {
    if (!blocksTime(master.component)) return [];
    return [{ start: toEpochMillis(master.startDate), end: toEpochMillis(master.endDate) }];
  }
  const intervals: MillisInterval[] = [];
  const iterator = master.iterator();
  for (let count = 0; count < MAX_OCCURRENCES_PER_EVENT; count += 1) {
    const next = iterator.next();
    if (!next) break;
    const details = master.getOccurrenceDetails(next) as OccurrenceDetails;
    const start = toEpochMillis(details.startDate);
    // An exception may move an occurrence from beyond the range into it, so look a day further.
    if (toEpochMillis(next) > range.end + 86_400_000 && start > range.end) break;
    if (blocksTime(details.item.component))
      intervals.push({ start, end: toEpochMillis(details.endDate) });
  }
  return intervals;
}

function groupByUid(root: ICAL.Component): ICAL.Event[] {
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Component[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) exceptions.push(vevent);
    else
      masters.set(
        String(vevent.getFirstPropertyValue('uid') ?? `no-uid-${masters.size}`),
        new ICAL.Event(vevent),
      );
  }
  for (const exception of exceptions) {
    const master = masters.get(String(exception.getFirstPropertyValue('uid') ?? ''));
    // An exception without its series (e.g. a one-off invitation to one occurrence) stands alone.
    if (master) master.relateException(exception);
    else masters.set(`orphan-${masters.size}`, new ICAL.Event(exception));
  }
  return [...masters.values()];
}

function freeBusyIntervals(root: ICAL.Component): MillisInterval[] {
  return root.getAllSubcomponents('vfreebusy').flatMap((component) =>
    component.getAllProperties('freebusy').flatMap((property) => {
      const kind = String(property.getParameter('fbtype') ?? 'BUSY').toUpperCase();
      if (kind === 'FREE') return [];
      return property.getValues().map((period: ICAL.Period) => ({
        start: toEpochMillis(period.start),
        end: toEpochMillis(period.getEnd()),
      }));
    }),
  );
}

function parseCalendar(icsText: string): ICAL.Component | BusyTimesError {
  if (!/BEGIN:VCALENDAR/i.test(icsText)) {
    return {
      code: 'not-a-calendar',
      message: 'The address did not return a calendar (no BEGIN:VCALENDAR).',
    };
  }
  try {
    const root = new ICAL.Component(ICAL.parse(icsText) as unknown[]);
    if (root.name !== 'vcalendar')
      return { code: 'not-a-calendar', message: `Expected a VCALENDAR, found ${root.name}.` };
    return root;
  } catch (error) {
    return {
      code: 'malformed',
      message: `The calendar could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * The busy time in a published calendar (the ICS text that Outlook or Google publish) within
 * `range` (UTC ISO instants), as sorted, merged UTC intervals clipped to the range. Recurring
 * events are expanded (RRULE, RDATE, EXDATE, moved occurrences); cancelled, transparent and
 * Outlook "free" events are not busy. A file that cannot be read gives an error value.
 */
export function busyTimes(icsText: string, range: { from: string; to: string }): BusyTimesResult {
  const window = { start: Date.parse(range.from), end: Date.parse(range.to) };
  const root = parseCalendar(icsText);
  if (!(root instanceof ICAL.Component)) return { ok: false, error: root };
  try {
    const intervals = withCalendarTimezones(root, () => [
      ...groupByUid(root).flatMap((event) => eventIntervals(event, window)),
      ...freeBusyIntervals(root),
    ]);
    return { ok: true, busy: clipAndMerge(intervals, window) };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'malformed',
        message: `The calendar could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}
