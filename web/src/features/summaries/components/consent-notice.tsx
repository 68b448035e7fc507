import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useOpenConsentRequests } from '../api/open-consent-requests.ts';
import { summaryPath } from '../summary-paths.ts';

/** The in-app side of a consent mail: on every page, each summary waiting for my answer. */
export function ConsentNotice({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useOpenConsentRequests(signedIn);
  if (!signedIn || !open.data || open.data.length === 0) return null;
  return (
    <Alert type="info">
      <strong>{t('summaries.notice.label')}</strong>
      {open.data.map((request) => (
        <Paragraph key={request.sessionId}>
          {t('summaries.notice.text', {
            topic: request.topic.name[language],
            date: formatDate(request.startsAt, language),
          })}{' '}
          <Link to={summaryPath(request.sessionId)}>{t('summaries.notice.link')}</Link>
        </Paragraph>
      ))}
    </Alert>
  );
}
