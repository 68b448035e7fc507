import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useLinkCalendar, useLinkedCalendar, useUnlinkCalendar } from '../api/linked-calendar.ts';

/** Link a published Outlook or Google calendar, so busy times are left out of the availability. */
export function LinkedCalendarSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const linked = useLinkedCalendar();
  const link = useLinkCalendar();
  const unlink = useUnlinkCalendar();
  const [url, setUrl] = useState('');
  const calendar = linked.data?.calendar ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim()) link.mutate({ url: url.trim() }, { onSuccess: () => setUrl('') });
  };

  return (
    <section aria-labelledby="linked-calendar">
      <Heading level={2} id="linked-calendar">
        {t('sessions.linked.heading')}
      </Heading>
      <Paragraph>{t('sessions.linked.description')}</Paragraph>
      {calendar ? (
        <>
          <Paragraph style={{ overflowWrap: 'anywhere' }}>
            {t('sessions.linked.current', { url: calendar.url })}
          </Paragraph>
          {calendar.lastErrorMessage ? (
            <Alert type="warning">{calendar.lastErrorMessage}</Alert>
          ) : calendar.fetchedAt ? (
            <Paragraph small>
              {t('sessions.linked.status', {
                count: calendar.busyCount,
                date: formatDate(calendar.fetchedAt, language),
              })}
            </Paragraph>
          ) : null}
          <ButtonGroup>
            <Button danger busy={unlink.isPending} onClick={() => unlink.mutate()}>
              {t('sessions.linked.unlink')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
      <form noValidate onSubmit={submit} className="ods-form">
        {link.isError ? (
          <Alert type="error" role="alert">
            {link.error instanceof ApiError ? link.error.message : t('errors.network')}
          </Alert>
        ) : null}
        <TextField
          id="linked-calendar-url"
          label={t('sessions.linked.urlLabel')}
          description={t('sessions.linked.urlDescription')}
          value={url}
          onChange={setUrl}
          inputMode="url"
          spellCheck={false}
        />
        <Button type="submit" busy={link.isPending}>
          {calendar ? t('sessions.linked.replace') : t('sessions.linked.link')}
        </Button>
      </form>
    </section>
  );
}
