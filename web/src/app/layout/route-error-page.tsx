import { useTranslation } from '../../lib/i18n/use-translation.ts';
import { PATHS } from '../../lib/routing/paths.ts';
import { Link } from '../../lib/ui/link.tsx';
import { PageHeading } from '../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../lib/ui/paragraph.tsx';

/** Shown inside the layout when a page fails to load or render, so the header stays usable. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('routeError.title')}</PageHeading>
      <Paragraph>{t('routeError.body')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.home}>{t('routeError.home')}</Link>
      </Paragraph>
    </>
  );
}
