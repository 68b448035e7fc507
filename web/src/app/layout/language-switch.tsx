import { useTranslation } from '../../lib/i18n/use-translation.ts';
import type { Language } from '@ods/shared/api/limits';
import { switchLanguage } from '../../lib/i18n/i18n.ts';
import { isLanguage } from '../../lib/i18n/language.ts';

/**
 * One button that switches to the other language. Its text is in that language (and marked so
 * with lang), as people look for their own language's name.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const other: Language = current === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      lang={other}
      className="ods-language-switch"
      onClick={() => void switchLanguage(other)}
    >
      {t(`app.language.autonym.${other}`)}
    </button>
  );
}
