import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { LinkedCalendar } from '@ods/shared';
import type { Language } from '@ods/shared';
import { busyTimes } from '../../core/calendar/busy-times.ts';
import { replaceBusyTimes } from '../../domain/availability/busy-times.repository.ts';
import { fetchCalendar, type FetchOptions } from './calendar-fetch.ts';

const DAY_MS = 86_400_000;
/** Busy times are kept for the period rounds plan in: from today, twelve weeks ahead. */
const HORIZON_DAYS = 84;

type ErrorCode = NonNullable<LinkedCalendar['lastError']>;

const MESSAGES: Record<ErrorCode, Record<Language, string>> = {
  'refused-address': {
    nl: 'Het adres wijst naar een intern netwerk; dat halen we niet op.',
    en: 'The address points to an internal network; we do not fetch it.',
  },
  unreachable: {
    nl: 'We konden de agenda niet bereiken. Klopt het adres?',
    en: 'We could not reach the calendar. Is the address right?',
  },
  timeout: {
    nl: 'De agenda gaf niet op tijd antwoord. We proberen het morgen opnieuw.',
    en: 'The calendar did not answer in time. We will try again tomorrow.',
  },
  'too-large': {
    nl: 'De agenda is te groot om op te halen (meer dan 2 MB).',
    en: 'The calendar is too large to fetch (over 2 MB).',
  },
  'http-status': {
    nl: 'Het adres gaf geen agenda terug (de server weigerde of de pagina bestaat niet). Is de agenda nog gepubliceerd?',
    en: 'The address returned no calendar (the server refused or the page does not exist). Is the calendar still published?',
  },
  'not-a-calendar': {
    nl: 'Op dit adres staat geen agenda (ICS). Gebruik de ICS-link uit Outlook of Google.',
    en: 'There is no calendar (ICS) at this address. Use the ICS link from Outlook or Google.',
  },
  malformed: {
    nl: 'De agenda kon niet gelezen worden.',
    en: 'The calendar could not be read.',
  },
};

/**
 * Fetches a linked calendar and stores its busy times, or the error, for the user. A broken
 * calendar never stops anything: the old busy times are dropped and the error is shown.
 */
export async function refreshLinkedCalendar(
  db: Kysely<Database>,
  userId: string,
  url: string,
  fetchOptions: FetchOptions,
  now: Date,
): Promise<ErrorCode | null> {
  const fetched = await fetchCalendar(url, fetchOptions);
  const range = {
    from: now.toISOString(),
    to: new Date(now.getTime() + HORIZON_DAYS * DAY_MS).toISOString(),
  };
  const parsed = fetched.ok ? busyTimes(fetched.text, range) : undefined;
  const error: ErrorCode | null = !fetched.ok
    ? fetched.code
    : parsed && !parsed.ok
      ? parsed.error.code
      : null;
  await db.transaction().execute(async (trx) => {
    await replaceBusyTimes(trx, userId, parsed?.ok ? parsed.busy : []);
    await trx
      .updateTable('linked_calendars')
      .set({
        fetched_at: now.toISOString(),
        last_error: error,
        last_error_at: error ? now.toISOString() : null,
      })
      .where('user_id', '=', userId)
      .execute();
  });
  return error;
}

/** The linked calendar as the account shows it, or null. */
export async function loadLinkedCalendar(
  db: Kysely<Database>,
  userId: string,
  language: Language,
): Promise<LinkedCalendar | null> {
  const row = await db
    .selectFrom('linked_calendars')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  const count = await db
    .selectFrom('user_busy_times')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const code = row.last_error as ErrorCode | null;
  return {
    url: row.url,
    fetchedAt: row.fetched_at,
    lastError: code,
    lastErrorMessage: code ? MESSAGES[code][language] : null,
    busyCount: Number(count.n),
  };
}

/** Every linked calendar not refreshed in the last day, for the daily run. */
export async function staleCalendars(db: Kysely<Database>, now: Date) {
  const before = new Date(now.getTime() - DAY_MS + 3_600_000).toISOString();
  return db
    .selectFrom('linked_calendars')
    .select(['user_id', 'url'])
    .where((eb) => eb.or([eb('fetched_at', 'is', null), eb('fetched_at', '<', before)]))
    .execute();
}
