import { Link as PlainLink } from '@utrecht/link-react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCalendarFeed, useRenewCalendarFeed } from '../api/calendar-feed.ts';

/** The personal webcal:// feed, and renewing it when the address leaked. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const renew = useRenewCalendarFeed();
  return (
    <section aria-labelledby="calendar-feed">
      <Heading level={2} id="calendar-feed">
        {t('sessions.feed.heading')}
      </Heading>
      <Paragraph>{t('sessions.feed.description')}</Paragraph>
      {feed.data ? (
        <>
          <Paragraph>
            <PlainLink style={{ overflowWrap: 'anywhere' }} href={feed.data.webcalUrl}>
              {feed.data.webcalUrl}
            </PlainLink>
          </Paragraph>
          <Paragraph small>{t('sessions.feed.secret')}</Paragraph>
          {renew.isSuccess ? (
            <Alert type="ok" role="status">
              {t('sessions.feed.renewed')}
            </Alert>
          ) : null}
          <Button busy={renew.isPending} onClick={() => renew.mutate()}>
            {t('sessions.feed.renew')}
          </Button>
        </>
      ) : feed.isError ? (
        <Alert type="error">{t('sessions.loadError')}</Alert>
      ) : null}
    </section>
  );
}
