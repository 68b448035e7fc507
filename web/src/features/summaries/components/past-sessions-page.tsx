import '../summaries.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { PastSessions } from './past-sessions.tsx';

/** /sessies/afgerond: "Mijn sessies" for the sessions that were held. */
export function PastSessionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('summaries.past.title')}</PageHeading>
      <Paragraph lead>{t('summaries.past.intro')}</Paragraph>
      <PastSessions />
    </>
  );
}
