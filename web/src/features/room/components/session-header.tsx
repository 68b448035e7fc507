import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';
import { useRoomPresence } from '../api/room-status.ts';
import { SessionMembers } from './session-members.tsx';

/** The top of the session page: topic, time and state. */
export function SessionHeader({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const present = useRoomPresence(session.id).data?.present ?? 0;
  // People in the room make the session under way, whatever the invitation still says.
  const state = present > 0 && session.state !== 'held' ? 'live' : session.state;
  return (
    <header className="ods-session-header">
      <PageHeading>{session.topic.name[language]}</PageHeading>
      <Paragraph lead>
        <strong>{t('room.header.when')}</strong>{' '}
        {formatSessionWindow(session.startsAt, session.endsAt, language)}
        {' · '}
        <strong>{t('room.header.state')}</strong> {t(`room.header.stateName.${state}`)}
        {present > 0 ? <> · {t('room.header.present', { count: present })}</> : null}
      </Paragraph>
    </header>
  );
}

/**
 * What the session is about and who takes part. On the session page it comes after the video and
 * the notes, so on a phone the video is the first thing under the title.
 */
export function SessionAbout({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {session.explanation[language] ? (
        <Paragraph>{session.explanation[language]}</Paragraph>
      ) : null}
      <section aria-labelledby="session-members-heading">
        <Heading level={2} id="session-members-heading">
          {t('room.header.participantsHeading')}
        </Heading>
        <SessionMembers participants={session.participants} />
      </section>
    </>
  );
}
