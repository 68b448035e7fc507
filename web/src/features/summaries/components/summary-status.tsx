import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SummaryView } from '@ods/shared/api/summaries';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** Where the summary stands, and a link to it in the library once published. */
export function SummaryStatus({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const agreed = view.participants.filter((p) => p.consent?.agreed).length;
  return (
    <Paragraph>
      <strong>{t('summaries.status.label')}</strong> {t(`summaries.status.${view.status}`)}
      {view.status === 'awaiting-consent'
        ? ` (${t('summaries.status.agreedCount', { count: agreed, total: view.participants.length })})`
        : null}
      {view.status === 'published' ? (
        <>
          {' · '}
          <Link to={`/bibliotheek/${encodeURIComponent(view.sessionId)}`}>
            {t('summaries.status.inLibrary')}
          </Link>
        </>
      ) : null}
    </Paragraph>
  );
}
