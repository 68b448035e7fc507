/** Wall-clock parts of an instant in Europe/Amsterdam. weekday: 0 = Sunday … 6 = Saturday. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

// Intl is only used for the time-zone conversion (numeric parts); names come from our own
// tables below, so the output does not depend on the ICU locale data of the machine.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

// Rounds ask about the same few slot instants many times; Intl is slow, so remember them.
const cache = new Map<number, LocalTime>();

/** Wall-clock time in Europe/Amsterdam of an instant (epoch milliseconds). */
export function amsterdamTime(epochMs: number): LocalTime {
  const known = cache.get(epochMs);
  if (known) return known;
  if (cache.size >= 10_000) cache.clear();
  const local = convert(epochMs);
  cache.set(epochMs, local);
  return local;
}

function convert(epochMs: number): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 0;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour: parts.hour ?? 0, minute: parts.minute ?? 0, weekday };
}

/** A number that is equal for two instants in the same Amsterdam calendar month. */
export function amsterdamMonthKey(epochMs: number): number {
  const local = amsterdamTime(epochMs);
  return local.year * 12 + local.month - 1;
}

/** The instant (epoch ms) at which Amsterdam clocks show the given wall-clock time. */
export function amsterdamToEpoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two corrections settle the offset, also around the daylight-saving switches.
  for (let i = 0; i < 2; i++) {
    const local = amsterdamTime(guess);
    const shown = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    guess += wanted - shown;
  }
  return guess;
}

const WEEKDAYS_NL = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (value: number): string => String(value).padStart(2, '0');

/** "dinsdag 1 december 14:00" / "Tuesday 1 December 14:00" in Amsterdam time. */
export function formatSlotTime(epochMs: number): { nl: string; en: string } {
  const t = amsterdamTime(epochMs);
  const clock = `${pad(t.hour)}:${pad(t.minute)}`;
  return {
    nl: `${WEEKDAYS_NL[t.weekday]} ${t.day} ${MONTHS_NL[t.month - 1]} ${clock}`,
    en: `${WEEKDAYS_EN[t.weekday]} ${t.day} ${MONTHS_EN[t.month - 1]} ${clock}`,
  };
}

/** "3 november 2026" / "3 November 2026" in Amsterdam time. */
export function formatDate(epochMs: number): { nl: string; en: string } {
  const t = amsterdamTime(epochMs);
  return {
    nl: `${t.day} ${MONTHS_NL[t.month - 1]} ${t.year}`,
    en: `${t.day} ${MONTHS_EN[t.month - 1]} ${t.year}`,
  };
}
