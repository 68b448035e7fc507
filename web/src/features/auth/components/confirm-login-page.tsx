import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { tokenFromFragment } from '../../../lib/routing/fragment-token.ts';
import { takeReturnTo } from '../../../lib/routing/return-to.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useSignInWithToken } from '../api/sign-in-with-token.ts';

/**
 * The page a mailed sign-in link opens. Mail scanners open every link, so opening it does
 * nothing; only the button's POST uses the token and signs in.
 */
export function ConfirmLoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [token] = useState(() => tokenFromFragment(hash));
  const signIn = useSignInWithToken();

  const confirm = () => {
    if (!token) return;
    signIn.mutate(
      { token },
      {
        onSuccess: (session) => {
          // A new user completes the profile first; others go where they were headed.
          const returnTo = takeReturnTo();
          const next = session.user?.profileComplete ? (returnTo ?? PATHS.pool) : PATHS.profile;
          // Replace the history entry, so Back does not return to a used link.
          void navigate(next, { replace: true });
        },
      },
    );
  };

  return (
    <>
      <PageHeading>{t('auth.confirm.title')}</PageHeading>
      {token ? (
        <>
          <Paragraph lead>{t('auth.confirm.intro')}</Paragraph>
          {signIn.isError ? (
            <Alert type="error" role="alert">
              {signIn.error instanceof ApiError ? signIn.error.message : t('errors.network')}{' '}
              <Link to={PATHS.login}>{t('auth.confirm.requestNew')}</Link>
            </Alert>
          ) : null}
          <Button appearance="primary" busy={signIn.isPending} onClick={confirm}>
            {t('auth.confirm.button')}
          </Button>
          <Paragraph small>{t('auth.confirm.why')}</Paragraph>
        </>
      ) : (
        <>
          <Alert type="warning">{t('auth.confirm.missingToken')}</Alert>
          <Paragraph>
            <Link to={PATHS.login}>{t('auth.confirm.requestNew')}</Link>
          </Paragraph>
        </>
      )}
    </>
  );
}
