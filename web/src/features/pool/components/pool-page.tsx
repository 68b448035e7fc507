import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation } from 'react-router';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useProfile } from '../../../lib/queries/profile.ts';
import { useTopics } from '../../../lib/queries/topics.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { ButtonLink, Link } from '../../../lib/ui/link.tsx';
import { OrderedList } from '../../../lib/ui/lists.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { todayInAmsterdam, upcomingAwayPeriods } from '../model/upcoming-away.ts';
import { AwayNotice } from './away-notice.tsx';
import { ProfileSummary } from './profile-summary.tsx';

/** "You are in the pool": what happens next, and whether one is paused or has left. */
export function PoolPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const profileSaved =
    (useLocation().state as { profileSaved?: unknown } | null)?.profileSaved === true;
  const profile = useProfile();
  const topics = useTopics();

  if (profile.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (profile.isError) {
    return (
      <>
        <PageHeading title={t('pool.pageTitle')}>{t('pool.title')}</PageHeading>
        <Alert type="error">{t('pool.loadError')}</Alert>
        <Button onClick={() => void profile.refetch()}>{t('app.retry')}</Button>
      </>
    );
  }
  const { data } = profile;
  const away = upcomingAwayPeriods(data.awayPeriods, todayInAmsterdam(new Date()));
  if (!data.complete) {
    return (
      <>
        <PageHeading title={t('pool.pageTitle')}>{t('pool.incomplete.title')}</PageHeading>
        <Paragraph lead>{t('pool.incomplete.body')}</Paragraph>
        <ButtonLink to={PATHS.profile}>{t('pool.incomplete.cta')}</ButtonLink>
      </>
    );
  }
  if (data.poolStatus === 'left') {
    return (
      <>
        <PageHeading title={t('pool.pageTitle')}>{t('pool.left.title')}</PageHeading>
        <Paragraph lead>{t('pool.left.body')}</Paragraph>
        <ButtonLink to={PATHS.account}>{t('pool.left.cta')}</ButtonLink>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('pool.pageTitle')}>{t('pool.title')}</PageHeading>
      {profileSaved ? <Alert type="ok">{t('pool.saved')}</Alert> : null}
      {data.poolStatus === 'paused' && data.pausedUntil ? (
        <Alert type="warning">
          {t('pool.paused', { date: formatDate(data.pausedUntil, language) })}{' '}
          <Link to={PATHS.account}>{t('pool.pausedLink')}</Link>
        </Alert>
      ) : null}
      {away.length > 0 ? <AwayNotice periods={away} /> : null}
      <Paragraph lead>{t('pool.lead', { count: data.frequencyWeeks })}</Paragraph>
      <Heading level={2}>{t('pool.nextTitle')}</Heading>
      <OrderedList items={t('pool.steps', { returnObjects: true })} />
      <Heading level={2}>{t('pool.summary.title')}</Heading>
      <ProfileSummary profile={data} topics={topics.data ?? []} />
      <Paragraph>
        <Link to={PATHS.profile}>{t('pool.editProfile')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to={PATHS.account}>{t('pool.pauseOrLeave')}</Link>
      </Paragraph>
    </>
  );
}
