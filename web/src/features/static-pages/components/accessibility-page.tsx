import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { StatementSections, type StatementSection } from './statement-sections.tsx';

/** The accessibility statement, following the structure Dutch public services use. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const sections: readonly StatementSection[] = t('accessibility.sections', {
    returnObjects: true,
  });
  return (
    <>
      <PageHeading title={t('accessibility.pageTitle')}>{t('accessibility.title')}</PageHeading>
      <Paragraph lead>{t('accessibility.lead')}</Paragraph>
      <StatementSections sections={sections} />
      <Paragraph small>{t('accessibility.updated')}</Paragraph>
    </>
  );
}
