import type { RoundSessionState } from '@ods/shared/api/rounds';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useTranslation, type TextKey } from '../../../lib/i18n/use-translation.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

// Cancelled for these reasons only after the search for another time for the group failed.
const AUTOMATIC = ['no-quorum', 'too-few-after-declines'];

/**
 * Where the session a committed group became stands: its state and time (moved, or no new
 * time found), the invitations and replies counted, who answered what, and how many were in
 * the room. Nothing of what was said or written in it.
 */
export function RoundSessionStatus({
  session,
  number,
}: {
  session: RoundSessionState;
  number: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `round-session-${number}`;
  const when = formatSessionWindow(session.startsAt, session.endsAt, language);
  const cancelled = session.state === 'cancelled';
  return (
    <section aria-labelledby={headingId}>
      <Heading level={4} id={headingId}>
        {t('rounds.session.title', { number })}
      </Heading>
      <Paragraph>
        <strong>{t('sessions.stateLabel')}</strong>{' '}
        {t(`sessions.state.${session.state}` as TextKey)}
        {cancelled && session.cancelReason
          ? ` (${t(`sessions.cancelReason.${session.cancelReason}` as TextKey)})`
          : null}
      </Paragraph>
      {cancelled && session.cancelReason && AUTOMATIC.includes(session.cancelReason) ? (
        <Paragraph>{t('rounds.session.noSlot')}</Paragraph>
      ) : null}
      {!cancelled ? (
        <Paragraph>
          {t(session.rescheduled ? 'rounds.session.rescheduled' : 'rounds.session.planned', {
            when,
          })}
        </Paragraph>
      ) : null}
      <Paragraph>
        {session.state === 'proposed'
          ? t('rounds.session.notInvited')
          : t('rounds.session.replies', {
              invited: session.invited,
              accepted: session.accepted,
              declined: session.declined,
              pending: session.pending,
            })}
      </Paragraph>
      {session.state === 'live' || session.state === 'held' || session.attended > 0 ? (
        <Paragraph>{t('rounds.session.attended', { count: session.attended })}</Paragraph>
      ) : null}
      {session.state === 'proposed' ? null : (
        <ul className="utrecht-unordered-list" aria-label={t('rounds.session.peopleLabel')}>
          {session.people.map((person) => (
            <li key={person.userId} className="utrecht-unordered-list__item">
              {person.name}: {t(`rounds.session.reply.${person.reply}` as TextKey)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
