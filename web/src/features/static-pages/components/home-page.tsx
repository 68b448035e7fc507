import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation } from 'react-router';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { ButtonLink } from '../../../lib/ui/link.tsx';
import { OrderedList } from '../../../lib/ui/lists.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** The landing page: what this is in two sentences, and one way in. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const accountDeleted =
    (useLocation().state as { accountDeleted?: unknown } | null)?.accountDeleted === true;
  return (
    <>
      <PageHeading title={t('app.name')}>{t('home.title')}</PageHeading>
      {accountDeleted ? <Alert type="ok">{t('home.accountDeleted')}</Alert> : null}
      <Paragraph lead>{t('home.lead')}</Paragraph>
      <div className="ods-call-to-action">
        {user ? (
          <ButtonLink to={user.profileComplete ? PATHS.pool : PATHS.profile}>
            {t(user.profileComplete ? 'home.ctaPool' : 'home.ctaProfile')}
          </ButtonLink>
        ) : (
          <ButtonLink to={PATHS.login}>{t('home.cta')}</ButtonLink>
        )}
      </div>
      <Heading level={2}>{t('home.howTitle')}</Heading>
      <OrderedList items={t('home.steps', { returnObjects: true })} />
    </>
  );
}
