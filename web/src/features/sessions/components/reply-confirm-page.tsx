import { Link as PlainLink } from '@utrecht/link-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useConfirmReply } from '../api/confirm-reply.ts';
import { useReplyPreview } from '../api/reply-preview.ts';
import { DeclineDetails } from './decline-details.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';

/**
 * The page a reply link in an invitation opens. Mail scanners open every link, so opening it
 * only shows what it would do; the button's POST stores the reply.
 */
export function ReplyConfirmPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useCurrentUser();
  const { token = '' } = useParams();
  const preview = useReplyPreview(token);
  const confirm = useConfirmReply();
  const [details, setDetails] = useState({ reason: '', betterMoment: '' });
  const mySessionsLink = <Link to={PATHS.sessions}>{t('sessions.title')}</Link>;

  if (preview.isPending)
    return (
      <>
        <PageHeading>{t('sessions.confirm.title')}</PageHeading>
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      </>
    );
  if (preview.isError)
    return (
      <>
        <PageHeading>{t('sessions.confirm.errorTitle')}</PageHeading>
        <Alert type="error">
          {preview.error instanceof ApiError ? preview.error.message : t('errors.network')}
        </Alert>
        <Paragraph>
          {t('sessions.confirm.elsewhere')}{' '}
          {user ? mySessionsLink : <Link to={PATHS.login}>{t('app.nav.signIn')}</Link>}
        </Paragraph>
      </>
    );

  const { action } = preview.data;
  const when = formatSessionWindow(preview.data.startsAt, preview.data.endsAt, language);
  const topic = preview.data.topic[language];
  const done = confirm.data;
  const signInLink = <Link to={PATHS.login}>{t('sessions.confirm.signIn')}</Link>;
  return (
    <>
      <PageHeading>{t('sessions.confirm.title')}</PageHeading>
      {done ? (
        <Alert type="ok" role="status">
          {t(
            done.reply === 'accepted' ? 'sessions.confirm.accepted' : 'sessions.confirm.declined',
            {
              when,
            },
          )}
        </Alert>
      ) : (
        <>
          <Paragraph lead>
            {t(
              action === 'accept'
                ? 'sessions.confirm.acceptQuestion'
                : 'sessions.confirm.declineQuestion',
              {
                name: preview.data.name,
                topic,
                when,
              },
            )}
          </Paragraph>
          {confirm.isError ? (
            <Alert type="error" role="alert">
              {confirm.error instanceof ApiError ? confirm.error.message : t('errors.network')}
            </Alert>
          ) : null}
          {action === 'decline' ? (
            <DeclineDetails idPrefix="confirm-decline" value={details} onChange={setDetails} />
          ) : null}
          <Button
            appearance="primary"
            danger={action === 'decline'}
            busy={confirm.isPending}
            onClick={() =>
              confirm.mutate({
                token,
                ...(action === 'decline' && details.reason.trim()
                  ? { reason: details.reason.trim() }
                  : {}),
                ...(action === 'decline' && details.betterMoment.trim()
                  ? { betterMoment: details.betterMoment.trim() }
                  : {}),
              })
            }
          >
            {t(
              action === 'accept'
                ? 'sessions.confirm.acceptButton'
                : 'sessions.confirm.declineButton',
            )}
          </Button>
          <Paragraph small>{t('sessions.confirm.why')}</Paragraph>
        </>
      )}
      {done?.reply === 'accepted' ? (
        <>
          <Paragraph>
            {/* A plain link: the browser downloads the file and hands it to the calendar. */}
            <PlainLink
              href={`/api/replies/${encodeURIComponent(token)}/calendar.ics`}
              download="sparsessie.ics"
            >
              {t('sessions.confirm.addToCalendar')}
            </PlainLink>
          </Paragraph>
          <Paragraph>
            {user ? (
              <>
                {t('sessions.confirm.proposeSignedIn')} {mySessionsLink}.
              </>
            ) : (
              <>
                {t('sessions.confirm.proposeSignedOut')} {signInLink}
              </>
            )}
          </Paragraph>
        </>
      ) : null}
      {user ? (
        <Paragraph>
          <Link to={`/sessies/${preview.data.sessionId}`}>{t('sessions.confirm.toSession')}</Link>
          {' · '}
          {mySessionsLink}
        </Paragraph>
      ) : done?.reply !== 'accepted' ? (
        <Paragraph>
          {t('sessions.confirm.proposeSignedOut')} {signInLink}
        </Paragraph>
      ) : null}
    </>
  );
}
