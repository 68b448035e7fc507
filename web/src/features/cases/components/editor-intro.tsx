import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** What a case is for, and that the guard runs in the browser only. */
export function EditorIntro() {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph lead>{t('cases.editor.lead')}</Paragraph>
      <Paragraph>{t('cases.editor.privacyNote')}</Paragraph>
    </>
  );
}
