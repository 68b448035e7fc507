import type { Language } from '@ods/shared/api/limits';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "dinsdag 1 december 2026, 14:00–15:00" in Dutch time, whatever the browser's zone. */
export function formatSessionTime(startsAt: string, endsAt: string, language: Language): string {
  const zone = { timeZone: 'Europe/Amsterdam' } as const;
  const date = new Date(startsAt).toLocaleDateString(LOCALES[language], {
    ...zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(LOCALES[language], {
      ...zone,
      hour: '2-digit',
      minute: '2-digit',
    });
  return `${date}, ${time(startsAt)}–${time(endsAt)}`;
}
