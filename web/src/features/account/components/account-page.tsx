import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useProfile } from '../../../lib/queries/profile.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useSectionFromFragment } from '../hooks/use-section-from-fragment.ts';
import { AuditSection } from './audit-section.tsx';
import { AwaySection } from './away-section.tsx';
import { BeyondNetworkSection } from './beyond-network-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { EmailChangeSection } from './email-change-section.tsx';
import { ExportSection } from './export-section.tsx';
import { LeaveSection } from './leave-section.tsx';
import { MailSection } from './mail-section.tsx';
import { PauseSection } from './pause-section.tsx';

/** Today's date in the Netherlands as YYYY-MM-DD, the smallest date one can pause until. */
function todayInAmsterdam(now: Date): string {
  // The Swedish locale writes dates as YYYY-MM-DD, the format of <input type="date">.
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/**
 * Account tasks: pause, dates away, mail preferences, sparring beyond one's network, leave,
 * change e-mail, who looked at one's data, download, delete.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const profile = useProfile();
  const today = todayInAmsterdam(new Date());
  useSectionFromFragment(profile.isSuccess);
  return (
    <>
      <PageHeading title={t('account.pageTitle')}>{t('account.title')}</PageHeading>
      {profile.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : profile.isError ? (
        <>
          <Alert type="error">{t('account.loadError')}</Alert>
          <Button onClick={() => void profile.refetch()}>{t('app.retry')}</Button>
          <ExportSection />
          <DeleteAccountSection />
        </>
      ) : (
        <>
          {profile.data.poolStatus === 'left' ? null : (
            <PauseSection profile={profile.data} today={today} />
          )}
          {/* Saving these sends the whole profile back, which the server accepts only when complete. */}
          {profile.data.complete ? (
            <>
              <AwaySection profile={profile.data} today={today} />
              <MailSection profile={profile.data} />
              <BeyondNetworkSection profile={profile.data} />
            </>
          ) : null}
          <LeaveSection profile={profile.data} />
          <EmailChangeSection currentEmail={profile.data.email} />
          <AuditSection />
          <ExportSection />
          <DeleteAccountSection />
        </>
      )}
    </>
  );
}
