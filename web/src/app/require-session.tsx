import { useTranslation } from '../lib/i18n/use-translation.ts';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../lib/queries/session.ts';
import { PATHS } from '../lib/routing/paths.ts';
import { rememberReturnTo } from '../lib/routing/return-to.ts';
import { Alert } from '../lib/ui/alert.tsx';
import { Button } from '../lib/ui/button.tsx';
import { PageHeading } from '../lib/ui/page-heading.tsx';
import { Paragraph } from '../lib/ui/paragraph.tsx';

/** Lets signed-in people through; sends visitors to the sign-in page, remembering where they were. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return (
      <Paragraph role="status" className="ods-loading">
        {t('app.loading')}
      </Paragraph>
    );
  }
  if (session.isError) {
    return (
      <>
        <PageHeading>{t('routeError.title')}</PageHeading>
        <Alert type="error">{t('errors.network')}</Alert>
        <Button appearance="primary" onClick={() => void session.refetch()}>
          {t('app.retry')}
        </Button>
      </>
    );
  }
  if (!session.data.user) {
    rememberReturnTo(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={PATHS.login} replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}
