import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { busyTimes } from './busy-times.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function busyOrFail(ics: string, from: string, to: string) {
  const result = busyTimes(ics, { from, to });
  if (!result.ok)
    throw new Error(`expected a calendar, got ${result.error.code}: ${result.error.message}`);
  return result.busy;
}

describe('busyTimes', () => {
  it('reads an Outlook calendar: Windows zone, weekly series with EXDATE and a moved occurrence, free and all-day events', () => {
    const busy = busyOrFail(
      fixture('outlook-published.ics'),
      '2026-03-10T00:00:00Z',
      '2026-04-08T00:00:00Z',
    );
    expect(busy).toEqual([
      // 16 March is excluded; 23 March moved from 10:00 to 13:00 CET.
      { start: '2026-03-23T12:00:00.000Z', end: '2026-03-23T13:00:00.000Z' },
      // The lunch walk on the 24th is marked free; the all-day absence covers the local day.
      { start: '2026-03-24T23:00:00.000Z', end: '2026-03-25T23:00:00.000Z' },
      // After the clocks moved forward, 10:00 local is 08:00 UTC.
      { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' },
      { start: '2026-04-06T08:00:00.000Z', end: '2026-04-06T09:00:00.000Z' },
    ]);
  });

  it('stops a weekly series at its UNTIL', () => {
    const busy = busyOrFail(
      fixture('outlook-published.ics'),
      '2026-04-20T00:00:00Z',
      '2026-06-01T00:00:00Z',
    );
    expect(busy.map((interval) => interval.start)).toEqual([
      '2026-04-20T08:00:00.000Z',
      '2026-04-27T08:00:00.000Z',
    ]);
  });

  it('reads a Google calendar: daily series over the autumn change with EXDATEs, a cancelled event and a UTC event', () => {
    const busy = busyOrFail(
      fixture('google-published.ics'),
      '2026-10-20T00:00:00Z',
      '2026-11-01T00:00:00Z',
    );
    expect(busy).toEqual([
      { start: '2026-10-21T07:00:00.000Z', end: '2026-10-21T07:30:00.000Z' },
      { start: '2026-10-22T07:00:00.000Z', end: '2026-10-22T07:30:00.000Z' },
      { start: '2026-10-23T07:00:00.000Z', end: '2026-10-23T07:30:00.000Z' },
      // 24 and 25 October excluded; from the 26th 09:00 local is 08:00 UTC.
      { start: '2026-10-26T08:00:00.000Z', end: '2026-10-26T08:30:00.000Z' },
      { start: '2026-10-27T08:00:00.000Z', end: '2026-10-27T08:30:00.000Z' },
      { start: '2026-10-28T08:00:00.000Z', end: '2026-10-28T08:30:00.000Z' },
      { start: '2026-10-28T12:00:00.000Z', end: '2026-10-28T13:30:00.000Z' },
      { start: '2026-10-29T08:00:00.000Z', end: '2026-10-29T08:30:00.000Z' },
      { start: '2026-10-30T08:00:00.000Z', end: '2026-10-30T08:30:00.000Z' },
    ]);
  });

  it('clips to the range and joins overlapping events', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:test',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTAMP:20260101T000000Z',
      // An IANA TZID without a VTIMEZONE block: some publishers leave it out. 08:30 BST = 07:30Z.
      'DTSTART;TZID=Europe/London:20260602T083000',
      'DTEND;TZID=Europe/London:20260602T103000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20260602T083000Z',
      'DURATION:PT1H',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(busyOrFail(ics, '2026-06-02T08:00:00Z', '2026-06-03T00:00:00Z')).toEqual([
      { start: '2026-06-02T08:00:00.000Z', end: '2026-06-02T09:30:00.000Z' },
    ]);
  });

  it('gives an error value, not an exception, for something that is not a calendar', () => {
    const result = busyTimes('<!doctype html><title>Sign in</title>', {
      from: '2026-01-01T00:00:00Z',
      to: '2026-02-01T00:00:00Z',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-calendar' } });
  });

  it('gives an error value for a damaged calendar', () => {
    const damaged =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Amsterdam:2026-garbage\r\nEND:VCALENDAR\r\n';
    const result = busyTimes(damaged, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/could not be read/);
  });
});
