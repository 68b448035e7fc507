import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useMyPastSessions } from '../api/my-past-sessions.ts';
import { summaryPath } from '../summary-paths.ts';

/**
 * Per past session: the summary's state, what waits for me (my consent, my rating) and the
 * take-aways. A section any page can include; headings start at the level given.
 */
export function PastSessions({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const past = useMyPastSessions();
  if (past.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (past.isError)
    return (
      <>
        <Alert type="error">{t('summaries.past.loadError')}</Alert>
        <Button onClick={() => void past.refetch()}>{t('app.retry')}</Button>
      </>
    );
  if (past.data.length === 0) return <Paragraph>{t('summaries.past.none')}</Paragraph>;
  return past.data.map((session) => {
    const headingId = `past-${session.sessionId}`;
    const todo = [
      session.waitingForMe.consent ? t('summaries.past.todoConsent') : null,
      session.waitingForMe.rating ? t('summaries.past.todoRating') : null,
    ].filter((item): item is string => item !== null);
    return (
      <article key={session.sessionId} aria-labelledby={headingId} className="ods-past-session">
        <Heading level={headingLevel} id={headingId}>
          {session.topic.name[language]}: {formatDate(session.startsAt, language)}
        </Heading>
        <Paragraph>
          <strong>{t('summaries.status.label')}</strong> {t(`summaries.status.${session.status}`)}
        </Paragraph>
        <Paragraph>
          <strong>{t('summaries.past.waiting')}</strong>{' '}
          {todo.length > 0 ? todo.join(', ') : t('summaries.past.nothing')}
        </Paragraph>
        {session.takeaways ? (
          <>
            <Paragraph>
              <strong>{t('summaries.past.takeaways')}</strong>
            </Paragraph>
            <Paragraph className="ods-summary-text">{session.takeaways}</Paragraph>
          </>
        ) : null}
        <Paragraph>
          <Link to={summaryPath(session.sessionId)}>
            {t('summaries.past.open', { topic: session.topic.name[language] })}
          </Link>
        </Paragraph>
      </article>
    );
  });
}
