import { Link as PlainLink } from '@utrecht/link-react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { sessionCalendarUrl } from '../api/reply-to-session.ts';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';
import { ReplyActions } from './reply-actions.tsx';
import { SessionParticipants } from './session-participants.tsx';
import { TimeProposals } from './time-proposals.tsx';

// The API sends the reason as a plain string; these are the ones the server writes.
type CancelReason = 'no-quorum' | 'too-few-after-declines' | 'by-coordinator';

/** One session in "Mijn sessies": when, its state, who comes and why, and the reply buttons. */
export function SessionCard({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useCurrentUser();
  const headingId = `session-${session.id}`;
  return (
    <article aria-labelledby={headingId} style={{ marginBlockEnd: '2.5rem' }}>
      <Heading level={2} id={headingId}>
        {session.topic.name[language]}:{' '}
        {formatSessionWindow(session.startsAt, session.endsAt, language)}
      </Heading>
      <Paragraph>
        <strong>{t('sessions.stateLabel')}</strong> {t(`sessions.state.${session.state}`)}
        {session.cancelReason
          ? ` (${t(`sessions.cancelReason.${session.cancelReason as CancelReason}`)})`
          : ''}
        {session.myReply ? (
          <>
            {' · '}
            <strong>{t('sessions.myReplyLabel')}</strong> {t(`sessions.reply.${session.myReply}`)}
          </>
        ) : null}
      </Paragraph>
      {session.explanation[language] ? (
        <Paragraph>
          <strong>{t('sessions.why')}</strong> {session.explanation[language]}
        </Paragraph>
      ) : null}
      <Heading level={3}>{t('sessions.who')}</Heading>
      <SessionParticipants participants={session.participants} viewerId={user?.id} />
      <ReplyActions session={session} />
      <TimeProposals session={session} />
      <Paragraph>
        <Link to={`/sessies/${session.id}`}>{t('sessions.open')}</Link>
        {session.state === 'cancelled' ? null : (
          <>
            {' · '}
            <PlainLink href={sessionCalendarUrl(session.id)} download>
              {t('sessions.addToCalendar')}
            </PlainLink>
          </>
        )}
      </Paragraph>
    </article>
  );
}
