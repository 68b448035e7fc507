import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { tokenFromFragment } from '../../../lib/routing/fragment-token.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useConfirmEmailChange } from '../api/confirm-email-change.ts';

/** Opened from the link mailed to a new address; like sign-in, only the button changes anything. */
export function ConfirmEmailChangePage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [token] = useState(() => tokenFromFragment(hash));
  const confirm = useConfirmEmailChange();

  if (!token) {
    return (
      <>
        <PageHeading>{t('auth.emailChange.title')}</PageHeading>
        <Alert type="warning">{t('auth.emailChange.missingToken')}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('auth.emailChange.title')}</PageHeading>
      {confirm.isSuccess ? (
        <>
          <Alert type="ok" role="status">
            {t('auth.emailChange.done')}
          </Alert>
          <Paragraph>
            <Link to={PATHS.account}>{t('auth.emailChange.toAccount')}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t('auth.emailChange.intro')}</Paragraph>
          {confirm.isError ? (
            <Alert type="error" role="alert">
              {confirm.error instanceof ApiError ? confirm.error.message : t('errors.network')}
            </Alert>
          ) : null}
          <Button
            appearance="primary"
            busy={confirm.isPending}
            onClick={() => confirm.mutate({ token })}
          >
            {t('auth.emailChange.button')}
          </Button>
        </>
      )}
    </>
  );
}
