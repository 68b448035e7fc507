import { DateTime } from 'luxon';
import type { Language } from '@ods/shared';
import type { CancelReason } from '@ods/db';

const ZONE = 'Europe/Amsterdam';

/** "dinsdag 1 december 2026, 14:00–15:00" in Dutch wall time, or its English form. */
export function formatWhen(startsAt: string, endsAt: string, language: Language): string {
  const start = DateTime.fromISO(startsAt, { zone: ZONE }).setLocale(
    language === 'nl' ? 'nl' : 'en-GB',
  );
  const end = DateTime.fromISO(endsAt, { zone: ZONE });
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${end.toFormat('HH:mm')}`;
}

/** "dinsdag 14:00": short enough for a subject line. */
export function formatShort(startsAt: string, language: Language): string {
  return DateTime.fromISO(startsAt, { zone: ZONE })
    .setLocale(language === 'nl' ? 'nl' : 'en-GB')
    .toFormat('cccc d LLLL HH:mm');
}

export const CANCEL_REASONS: Record<CancelReason, Record<Language, string>> = {
  'no-quorum': {
    nl: 'Er hebben te weinig deelnemers op tijd bevestigd (minstens 3 zijn nodig).',
    en: 'Too few participants confirmed in time (at least 3 are needed).',
  },
  'too-few-after-declines': {
    nl: 'Na afmeldingen bleven er te weinig deelnemers over, en we vonden geen vervanger of ander moment.',
    en: 'After cancellations too few participants were left, and we found no substitute or other time.',
  },
  'by-coordinator': {
    nl: 'De coördinator heeft de sessie afgelast.',
    en: 'The coordinator cancelled the session.',
  },
};

/** The footer of every scheduling mail, with the way to the mail preferences. */
export function footer(publicUrl: string, language: Language): string {
  return language === 'nl'
    ? `Je krijgt deze mail omdat je meedoet met Over de schutting. Je mailvoorkeuren pas je aan op ${publicUrl}/account#mail`
    : `You receive this mail because you take part in Over de schutting. Change your mail preferences at ${publicUrl}/account#mail`;
}

/** List-Unsubscribe leads to the mail preferences (RFC 2369). */
export function unsubscribeHeaders(publicUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${publicUrl}/account#mail>` };
}
