import type { Language } from '@ods/shared/api/limits';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const ZONE = { timeZone: 'Europe/Amsterdam' } as const;

function clock(iso: string, language: Language): string {
  return new Date(iso).toLocaleTimeString(LOCALES[language], {
    ...ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** "maandag 23 november 2026, 11:00–12:00", in Dutch time whatever the browser's zone. */
export function formatSessionWindow(startsAt: string, endsAt: string, language: Language): string {
  const day = new Date(startsAt).toLocaleDateString(LOCALES[language], {
    ...ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `${day}, ${clock(startsAt, language)}–${clock(endsAt, language)}`;
}

/** "maandag 23 november om 10:45" / "Monday 23 November at 10:45", in Dutch time. */
export function formatMoment(iso: string, language: Language): string {
  const day = new Date(iso).toLocaleDateString(LOCALES[language], {
    ...ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return `${day} ${language === 'nl' ? 'om' : 'at'} ${clock(iso, language)}`;
}
