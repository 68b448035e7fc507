import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@ods/shared/api/limits';
import en from './en.json';
import nl from './nl.json';
import { applyLanguage, isLanguage, storedLanguage, storeLanguage } from './language.ts';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** Starts i18next with both languages bundled (they are small), in the stored or default language. */
export function setUpI18n(): typeof i18next {
  const language = storedLanguage();
  applyLanguage(language);
  void i18next.use(initReactI18next).init({
    resources,
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
  await i18next.changeLanguage(language);
}
