import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@ods/shared/api/limits';
import nl from './nl.json';
import { applyLanguage, isLanguage, storedLanguage, storeLanguage } from './language.ts';

// Dutch, the default, is in the main bundle; English (13 kB compressed) loads only for someone
// who chose it, so a first visit does not carry a language it does not show.
const loadEnglish = async () => (await import('./en.json')).default;

/** Starts i18next in the stored or default language; resolves once that language is loaded. */
export async function setUpI18n(): Promise<typeof i18next> {
  // If English cannot be fetched, the page still opens, in Dutch.
  const english = storedLanguage() === 'en' ? await loadEnglish().catch(() => null) : null;
  const language = english ? 'en' : 'nl';
  applyLanguage(language);
  await i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: nl },
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
  return i18next;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function switchLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation'))
    i18next.addResourceBundle('en', 'translation', await loadEnglish());
  await i18next.changeLanguage(language);
}
