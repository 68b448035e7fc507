import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { ZONE } from '../slots/zone.ts';

/** TZIDs used by DTSTART/DTEND/RECURRENCE-ID/EXDATE anywhere in the calendar. */
function usedTzids(root: ICAL.Component): Set<string> {
  const tzids = new Set<string>();
  for (const component of root.getAllSubcomponents()) {
    for (const property of component.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string') tzids.add(tzid);
    }
  }
  return tzids;
}

/**
 * Runs `work` with the calendar's time zones known to ical.js, so that its recurrence expansion
 * and UTC conversion use the real offsets. Zones come from the file's own VTIMEZONE blocks
 * (Outlook's "W. Europe Standard Time" included) or, for a bare IANA TZID, from a generated one.
 * ical.js keeps zones in a process-wide registry; `work` is synchronous, and only zones added here
 * are removed again afterwards.
 */
export function withCalendarTimezones<T>(root: ICAL.Component, work: () => T): T {
  const added: string[] = [];
  const register = (component: ICAL.Component) => {
    const zone = new ICAL.Timezone(component);
    if (!zone.tzid || ICAL.TimezoneService.has(zone.tzid)) return;
    ICAL.TimezoneService.register(zone);
    added.push(zone.tzid);
  };
  try {
    for (const vtimezone of root.getAllSubcomponents('vtimezone')) register(vtimezone);
    for (const tzid of usedTzids(root)) {
      if (ICAL.TimezoneService.has(tzid)) continue;
      const generated = getVtimezoneComponent(tzid);
      if (generated) register(new ICAL.Component(ICAL.parse(generated) as unknown[]));
    }
    return work();
  } finally {
    for (const tzid of added) ICAL.TimezoneService.remove(tzid);
  }
}

/**
 * Milliseconds since the epoch of an ical.js time. Floating times and whole dates (no zone, or
 * a TZID nobody could resolve) are read as Europe/Amsterdam wall time: that is where our users live.
 */
export function toEpochMillis(time: ICAL.Time): number {
  if (!time.isDate && time.zone && time.zone.tzid !== 'floating') return time.toUnixTime() * 1000;
  return DateTime.fromObject(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    { zone: ZONE },
  ).toMillis();
}
