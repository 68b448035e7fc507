import '../library.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useLibraryEntry } from '../api/get-library-entry.ts';
import { LIBRARY_PATHS } from '../library-paths.ts';
import { ContributorsLine } from './contributors-line.tsx';
import { SummaryContent } from './summary-content.tsx';
import { UsefulButton } from './useful-button.tsx';

/** /bibliotheek/:id: one published summary, as its participants agreed to share it. */
export function LibraryEntryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const entry = useLibraryEntry(id);
  const back = (
    <Paragraph>
      <Link to={LIBRARY_PATHS.library}>{t('library.entry.back')}</Link>
    </Paragraph>
  );
  if (entry.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (entry.isError) {
    const missing = entry.error instanceof ApiError && [400, 404].includes(entry.error.status);
    return (
      <>
        <PageHeading>
          {t(missing ? 'library.entry.goneTitle' : 'library.entry.errorTitle')}
        </PageHeading>
        <Paragraph>{t(missing ? 'library.entry.gone' : 'library.loadError')}</Paragraph>
        {missing ? null : <Button onClick={() => void entry.refetch()}>{t('app.retry')}</Button>}
        {back}
      </>
    );
  }
  const item = entry.data;
  return (
    <>
      <PageHeading>{item.title}</PageHeading>
      <Paragraph>
        {t('library.result.facts', {
          topic: item.topic.name[language],
          date: formatDate(item.heldOn, language),
        })}
      </Paragraph>
      <ContributorsLine contributors={item.contributors} hiddenCount={item.hiddenCount} />
      <UsefulButton
        id={item.id}
        title={item.title}
        count={item.usefulCount}
        marked={item.markedUseful}
      />
      <SummaryContent content={item.content} />
      {back}
    </>
  );
}
