import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Profile } from '@ods/shared/api/profile';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { useLeavePool, useResumePool } from '../api/pool-status.ts';
import { AccountSection, focusSectionHeading } from './account-section.tsx';

const SECTION = 'leave';

/** Leave the pool (the account stays), or join again. */
export function LeaveSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const leave = useLeavePool();
  const rejoin = useResumePool();
  const failure = leave.error ?? rejoin.error;
  const done = { onSuccess: () => focusSectionHeading(SECTION) };
  return (
    <AccountSection
      id={SECTION}
      heading={t(
        profile.poolStatus === 'left' ? 'account.leave.rejoinHeading' : 'account.leave.heading',
      )}
    >
      {failure ? (
        <Alert type="error" role="alert">
          {failure instanceof ApiError ? failure.message : t('errors.network')}
        </Alert>
      ) : null}
      {profile.poolStatus === 'left' ? (
        <>
          <p className="utrecht-paragraph" role="status">
            {t('account.leave.left')}
          </p>
          <Button
            appearance="primary"
            busy={rejoin.isPending}
            onClick={() => rejoin.mutate(undefined, done)}
          >
            {t('account.leave.rejoin')}
          </Button>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('account.leave.description')}</p>
          <Button busy={leave.isPending} onClick={() => leave.mutate(undefined, done)}>
            {t('account.leave.submit')}
          </Button>
        </>
      )}
    </AccountSection>
  );
}
