import '../summaries.css';
import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useGiveConsent } from '../api/give-consent.ts';
import { useSummary } from '../api/get-summary.ts';
import { useWithdrawConsent } from '../api/withdraw-consent.ts';
import { SUMMARY_PATHS } from '../summary-paths.ts';
import { ConsentSection } from './consent-section.tsx';
import { RatingForm } from './rating-form.tsx';
import { SummaryEditor } from './summary-editor.tsx';
import { SummaryStatus } from './summary-status.tsx';

/** /sessies/:id/samenvatting: the participants write, agree to publish and rate. */
export function SummaryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const summary = useSummary(id);
  // Raised when someone chooses to load the newest version over their own unsaved texts.
  const [editorKey, setEditorKey] = useState(0);
  const give = useGiveConsent();
  const withdraw = useWithdrawConsent();

  if (summary.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (summary.isError) {
    const status = summary.error instanceof ApiError ? summary.error.status : 0;
    const reason =
      status === 409 ? 'notYet' : status === 404 || status === 400 ? 'notFound' : 'error';
    return (
      <>
        <PageHeading>{t(`summaries.page.${reason}Title`)}</PageHeading>
        <Paragraph>{t(`summaries.page.${reason}`)}</Paragraph>
        {reason === 'error' ? (
          <Button onClick={() => void summary.refetch()}>{t('app.retry')}</Button>
        ) : null}
        <Paragraph>
          <Link to={SUMMARY_PATHS.pastSessions}>{t('summaries.page.back')}</Link>
        </Paragraph>
      </>
    );
  }
  const view = summary.data;
  const title = t('summaries.page.title', {
    topic: view.topic.name[language],
    date: formatDate(view.startsAt, language),
  });
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph lead>{t('summaries.page.intro')}</Paragraph>
      <SummaryStatus view={view} />
      {view.finalisedAt ? <Alert type="info">{t('summaries.page.notesLocked')}</Alert> : null}
      <SummaryEditor
        key={editorKey}
        view={view}
        onReload={() => void summary.refetch().then(() => setEditorKey((key) => key + 1))}
      />
      <ConsentSection
        key={`consent-${view.version}`}
        view={view}
        actions={{
          agree: (request) => give.mutate({ sessionId: view.sessionId, request }),
          refuse: () => withdraw.mutate(view.sessionId),
          agreeing: give.isPending,
          refusing: withdraw.isPending,
          error: give.error ?? withdraw.error,
        }}
      />
      <RatingForm view={view} />
      <Paragraph>
        <Link to={SUMMARY_PATHS.pastSessions}>{t('summaries.page.back')}</Link>
      </Paragraph>
    </>
  );
}
