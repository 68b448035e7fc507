import '../summaries.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useAnswerConsentLink, useConsentLink } from '../api/consent-link.ts';
import { summaryPath } from '../summary-paths.ts';
import { ConsentSection } from './consent-section.tsx';
import { SummaryText } from './summary-text.tsx';

/**
 * /toestemming/:token, the page a consent mail's "bekijk en stem in" opens, signed in or not.
 * Mail scanners open every link, so opening it only shows the summary; a click agrees.
 */
export function ConsentLinkPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useCurrentUser();
  const { token = '' } = useParams();
  const link = useConsentLink(token);
  const answer = useAnswerConsentLink(token);

  if (link.isPending)
    return (
      <>
        <PageHeading>{t('summaries.consentLink.title')}</PageHeading>
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      </>
    );
  if (link.isError)
    return (
      <>
        <PageHeading>{t('summaries.consentLink.errorTitle')}</PageHeading>
        <Alert type="error">
          {link.error instanceof ApiError ? link.error.message : t('errors.network')}
        </Alert>
        <Paragraph>
          {t('summaries.consentLink.elsewhere')}{' '}
          {user ? (
            <Link to="/sessies/afgerond">{t('summaries.nav')}</Link>
          ) : (
            <Link to={PATHS.login}>{t('app.nav.signIn')}</Link>
          )}
        </Paragraph>
      </>
    );
  const view = link.data;
  const me = view.participants.find((p) => p.isMe);
  const done = answer.data;
  return (
    <>
      <PageHeading>{t('summaries.consentLink.title')}</PageHeading>
      <Paragraph lead>
        {t('summaries.consentLink.intro', {
          name: me?.name ?? '',
          topic: view.topic.name[language],
          date: formatDate(view.startsAt, language),
        })}
      </Paragraph>
      {done ? (
        <Alert type="ok" role="status">
          {done.status === 'published'
            ? t('summaries.consentLink.published')
            : me?.answer === 'refused'
              ? t('summaries.consentLink.refused')
              : t('summaries.consentLink.agreed')}
        </Alert>
      ) : null}
      <SummaryText content={view.content} />
      <ConsentSection
        key={`consent-${view.version}`}
        view={view}
        actions={{
          agree: (request) => answer.mutate({ token, answer: 'agree', ...request }),
          refuse: () => answer.mutate({ token, answer: 'refuse' }),
          agreeing: answer.isPending && answer.variables.answer === 'agree',
          refusing: answer.isPending && answer.variables.answer === 'refuse',
          error: answer.error,
        }}
      />
      <Paragraph small>{t('summaries.consentLink.why')}</Paragraph>
      {user ? (
        <Paragraph>
          <Link to={summaryPath(view.sessionId)}>{t('summaries.consentLink.openSummary')}</Link>
        </Paragraph>
      ) : null}
    </>
  );
}
