import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { tokenFromFragment } from '../../../lib/routing/fragment-token.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useResumeByLink } from '../api/resume-by-link.ts';

/**
 * Opened from the mail sent after two missed sessions. Opening changes nothing (mail scanners
 * open links); the one button puts the person back in the pool, without signing in.
 */
export function ResumePage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [token] = useState(() => tokenFromFragment(hash));
  const resume = useResumeByLink();
  return (
    <>
      <PageHeading>{t('pool.resume.title')}</PageHeading>
      {!token ? (
        <Alert type="warning">{t('pool.resume.missingToken')}</Alert>
      ) : resume.isSuccess ? (
        <Alert type="ok" role="status">
          {resume.data.message}
        </Alert>
      ) : (
        <>
          <Paragraph lead>{t('pool.resume.intro')}</Paragraph>
          {resume.isError ? (
            <Alert type="error" role="alert">
              {resume.error instanceof ApiError ? resume.error.message : t('errors.network')}
            </Alert>
          ) : null}
          <Button
            appearance="primary"
            busy={resume.isPending}
            onClick={() => resume.mutate({ token })}
          >
            {t('pool.resume.button')}
          </Button>
        </>
      )}
    </>
  );
}
