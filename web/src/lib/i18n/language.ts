import { LANGUAGES, type Language } from '@ods/shared/api/limits';

const STORAGE_KEY = 'ods-language';

/** True for the interface languages we ship. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language someone chose before (stored in this browser), else Dutch. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    // Storage can be blocked by privacy settings; Dutch is the default anyway.
    return 'nl';
  }
}

/** Keeps the choice for the next visit; failing silently is fine, it only costs a click. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See storedLanguage.
  }
}

let active: Language = 'nl';

/** The language of the interface right now; the API client sends it as Accept-Language. */
export function currentLanguage(): Language {
  return active;
}

/** Records the active language and sets it on the document, so screen readers pronounce it right. */
export function applyLanguage(language: Language): void {
  active = language;
  document.documentElement.lang = language;
}
