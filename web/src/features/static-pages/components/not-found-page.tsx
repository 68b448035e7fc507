import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** Any path we do not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.home}>{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}
