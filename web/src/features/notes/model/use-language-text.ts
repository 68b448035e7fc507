import { useCallback } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { LocalisedText } from '@ods/shared/method/sparring-method';

/** Picks the Dutch or English text of the method for the page's language. */
export function useLanguageText(): (value: LocalisedText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return useCallback((value: LocalisedText) => (english ? value.en : value.nl), [english]);
}
