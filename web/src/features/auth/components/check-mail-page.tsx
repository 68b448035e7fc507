import { Link as PlainLink } from '@utrecht/link-react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation } from 'react-router';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** After asking for a link: where it went, how long it works, what to do if it does not arrive. */
export function CheckMailPage() {
  const { t } = useTranslation();
  const state = useLocation().state as { email?: unknown } | null;
  const email = typeof state?.email === 'string' ? state.email : undefined;
  return (
    <>
      <PageHeading>{t('auth.checkMail.title')}</PageHeading>
      <Paragraph lead>
        {email ? t('auth.checkMail.sentTo', { email }) : t('auth.checkMail.sent')}
      </Paragraph>
      <Paragraph>{t('auth.checkMail.validity')}</Paragraph>
      <Paragraph>{t('auth.checkMail.noMail')}</Paragraph>
      <Paragraph>
        <Link to={PATHS.login}>{t('auth.checkMail.again')}</Link>
      </Paragraph>
      {import.meta.env.DEV ? (
        <Paragraph small>
          {/* A plain link: the outbox is a server page, not part of this app's router. */}
          <PlainLink href="/dev/outbox">{t('auth.checkMail.devOutbox')}</PlainLink>
        </Paragraph>
      ) : null}
    </>
  );
}
