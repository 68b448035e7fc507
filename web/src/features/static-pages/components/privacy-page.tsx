import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { StatementSections, type StatementSection } from './statement-sections.tsx';

/** The privacy statement: what is stored, why, how long, who sees it, and your rights. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const sections: readonly StatementSection[] = t('privacy.sections', { returnObjects: true });
  return (
    <>
      <PageHeading title={t('privacy.pageTitle')}>{t('privacy.title')}</PageHeading>
      <Paragraph lead>{t('privacy.lead')}</Paragraph>
      <StatementSections sections={sections} />
      <Paragraph>
        {t('privacy.exerciseRights')} <Link to={PATHS.account}>{t('privacy.accountLink')}</Link>
      </Paragraph>
      <Paragraph small>{t('privacy.updated')}</Paragraph>
    </>
  );
}
