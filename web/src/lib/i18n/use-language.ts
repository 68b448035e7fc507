import { useTranslation } from './use-translation.ts';
import type { Language } from '@ods/shared/api/limits';
import { isLanguage } from './language.ts';

/** The interface language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'nl';
}
