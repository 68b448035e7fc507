import type { Language } from '@ods/shared/api/limits';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A date as people read it ("1 december 2026"). Calendar dates ("2026-12-01") are shown as
 * written, whatever the browser's time zone; moments in time as in Europe/Amsterdam.
 */
export function formatDate(value: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(dateOnly ? `${value}T00:00:00Z` : value).toLocaleDateString(LOCALES[language], {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : 'Europe/Amsterdam',
  });
}
