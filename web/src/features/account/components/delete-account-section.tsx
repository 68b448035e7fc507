import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { useDeleteAccount } from '../api/delete-account.ts';
import { AccountSection } from './account-section.tsx';

/** Delete the account, after a second, explicit confirmation. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const remove = useDeleteAccount(() =>
    Promise.resolve(
      navigate(PATHS.home, { replace: true, state: { accountDeleted: true }, flushSync: true }),
    ),
  );
  const wasConfirming = useRef(false);

  // Focus follows the step: to the question when it opens, back to the first button on cancel.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = () => remove.mutate();

  return (
    <AccountSection id="delete" heading={t('account.delete.heading')}>
      <p className="utrecht-paragraph">{t('account.delete.description')}</p>
      {confirming ? (
        <div className="ods-confirm" role="group" aria-labelledby="delete-confirm-heading">
          <h3
            id="delete-confirm-heading"
            ref={confirmHeading}
            tabIndex={-1}
            className="utrecht-heading-3"
          >
            {t('account.delete.confirmHeading')}
          </h3>
          <p className="utrecht-paragraph">{t('account.delete.confirmText')}</p>
          {remove.isError ? (
            <Alert type="error" role="alert">
              {remove.error instanceof ApiError ? remove.error.message : t('errors.network')}
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button appearance="primary" danger busy={remove.isPending} onClick={confirm}>
              {t('account.delete.confirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('account.delete.cancel')}</Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button ref={startButton} danger onClick={() => setConfirming(true)}>
          {t('account.delete.start')}
        </Button>
      )}
    </AccountSection>
  );
}
