import type { Language } from '@ods/shared/api/limits';
import landingDutch from 'virtual:ods/landing-messages';
import { applyLanguage, currentLanguage, storedLanguage, storeLanguage } from './language.ts';
import { type Catalogue, type TranslateOptions, translateIn } from './translate.ts';

// The interface texts, looked up by key ('auth.login.title') in the active language, falling back
// to Dutch. A small lookup of our own instead of i18next: the app uses keys, {{placeholders}},
// counts (_zero/_one/_other) and lists, and i18next with react-i18next would be 16 kB of the
// landing page's 100 kB budget.
//
// The main bundle carries only the Dutch texts of the landing and sign-in pages and the layout
// (landing-messages.ts); the rest of Dutch loads with the first other page (loadAllMessages), and
// English (13 kB compressed) only for someone who chose it, so a first visit does not carry texts
// it does not show.

const catalogues: Partial<Record<Language, Catalogue>> = { nl: landingDutch };
const loadEnglish = async () => (await import('./en.json')).default as Catalogue;
const loadDutch = async () => (await import('./nl.json')).default as Catalogue;
let allDutch: Promise<void> | undefined;

// Components re-render when the language changes or texts arrive (use-translation.ts).
let revision = 0;
const listeners = new Set<() => void>();
function changed(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: calls back whenever the language or the loaded texts change. */
export function subscribeToTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes with every language change or added texts. */
export function textsRevision(): number {
  return revision;
}

/**
 * The text for `key` in the active language (else Dutch, else the key itself); see translateIn.
 */
export function translate(key: string, options: TranslateOptions = {}): unknown {
  const active = currentLanguage();
  const languages: Language[] = active === 'nl' ? ['nl'] : [active, 'nl'];
  return translateIn(
    languages.map((language) => ({ language, catalogue: catalogues[language] })),
    key,
    options,
  );
}

/** Starts in the stored or default language; resolves once that language is loaded. */
export async function setUpI18n(): Promise<void> {
  // If English cannot be fetched, the page still opens, in Dutch.
  const english = storedLanguage() === 'en' ? await loadEnglish().catch(() => null) : null;
  if (english) catalogues.en = english;
  applyLanguage(english ? 'en' : 'nl');
}

/** Loads every Dutch text (once); the pages outside the first chunk wait for it before showing. */
export function loadAllMessages(): Promise<void> {
  allDutch ??= loadDutch().then(
    (nl) => {
      catalogues.nl = nl;
      changed();
    },
    (error: unknown) => {
      // A failed fetch (a network hiccup) is tried again by the next page that asks.
      allDutch = undefined;
      throw error;
    },
  );
  return allDutch;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function switchLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (language === 'en' && !catalogues.en) catalogues.en = await loadEnglish();
  applyLanguage(language);
  changed();
}
