import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useMySessions } from '../api/my-sessions.ts';
import { CalendarFeedSection } from './calendar-feed-section.tsx';
import { LinkedCalendarSection } from './linked-calendar-section.tsx';
import { SessionCard } from './session-card.tsx';

/** "Mijn sessies": upcoming sessions with reply buttons, the calendar feed and a linked calendar. */
export function MySessionsPage() {
  const { t } = useTranslation();
  const sessions = useMySessions();
  return (
    <>
      <PageHeading>{t('sessions.title')}</PageHeading>
      <Paragraph lead>{t('sessions.intro')}</Paragraph>
      {sessions.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : sessions.isError ? (
        <>
          <Alert type="error">{t('sessions.loadError')}</Alert>
          <Button onClick={() => void sessions.refetch()}>{t('app.retry')}</Button>
        </>
      ) : sessions.data.upcoming.length === 0 ? (
        <Paragraph>{t('sessions.none')}</Paragraph>
      ) : (
        sessions.data.upcoming.map((session) => <SessionCard key={session.id} session={session} />)
      )}
      {sessions.data && sessions.data.past.length > 0 ? (
        <section aria-labelledby="past-sessions">
          <Heading level={2} id="past-sessions">
            {t('sessions.past')}
          </Heading>
          <Paragraph>{t('sessions.pastCount', { count: sessions.data.past.length })}</Paragraph>
        </section>
      ) : null}
      <CalendarFeedSection />
      <LinkedCalendarSection />
    </>
  );
}
