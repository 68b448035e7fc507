import '../cases.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { ButtonLink } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { MyCasesList } from './my-cases-list.tsx';
import { StarterLibrary } from './starter-library.tsx';

/** /casussen: my cases, and the starter library to copy from. */
export function CasesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('cases.list.title')}</PageHeading>
      <Paragraph lead>{t('cases.list.lead')}</Paragraph>
      <ButtonLink to={PATHS.newCase}>{t('cases.list.newCase')}</ButtonLink>
      <MyCasesList />
      <StarterLibrary />
    </>
  );
}
