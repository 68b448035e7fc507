import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@ods/shared/api/limits';
import landingDutch from 'virtual:ods/landing-messages';
import { applyLanguage, isLanguage, storedLanguage, storeLanguage } from './language.ts';

// The main bundle carries only the Dutch texts of the landing and sign-in pages and the layout
// (landing-messages.ts); the rest of Dutch loads with the first other page (loadAllMessages), and
// English (13 kB compressed) only for someone who chose it, so a first visit does not carry texts
// it does not show.
const loadEnglish = async () => (await import('./en.json')).default;
const loadDutch = async () => (await import('./nl.json')).default;
let allDutch: Promise<void> | undefined;
// i18next.init replaces its store, so texts are added only after it ran.
let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

/** Loads every Dutch text (once); the pages outside the first chunk wait for it before showing. */
export function loadAllMessages(): Promise<void> {
  allDutch ??= Promise.all([loadDutch(), ready]).then(
    ([nl]) => {
      i18next.addResourceBundle('nl', 'translation', nl, true, true);
    },
    (error: unknown) => {
      // A failed fetch (a network hiccup) is tried again by the next page that asks.
      allDutch = undefined;
      throw error;
    },
  );
  return allDutch;
}

/** Starts i18next in the stored or default language; resolves once that language is loaded. */
export async function setUpI18n(): Promise<typeof i18next> {
  // If English cannot be fetched, the page still opens, in Dutch.
  const english = storedLanguage() === 'en' ? await loadEnglish().catch(() => null) : null;
  const language = english ? 'en' : 'nl';
  applyLanguage(language);
  await i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: landingDutch },
      ...(english ? { en: { translation: english } } : {}),
    },
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) applyLanguage(next);
  });
  markReady();
  return i18next;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function switchLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation'))
    i18next.addResourceBundle('en', 'translation', await loadEnglish());
  await i18next.changeLanguage(language);
}
