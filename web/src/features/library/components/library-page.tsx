import '../library.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useSearchParams } from 'react-router';
import type { LibraryQuery } from '@ods/shared/api/library';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useLibrarySearch } from '../api/search-library.ts';
import { paramsFromQuery, queryFromParams } from '../model/library-query.ts';
import { LibraryResults } from './library-results.tsx';
import { LibrarySearchForm } from './library-search-form.tsx';

/** /bibliotheek: search the published summaries; most useful first. */
export function LibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const results = useLibrarySearch(query);
  const go = (next: LibraryQuery) => setParams(paramsFromQuery(next));
  return (
    <>
      <PageHeading>{t('library.title')}</PageHeading>
      <Paragraph lead>{t('library.intro')}</Paragraph>
      <LibrarySearchForm key={params.toString()} query={query} onSearch={go} />
      {results.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : results.isError ? (
        <>
          <Alert type="error">{t('library.loadError')}</Alert>
          <Button onClick={() => void results.refetch()}>{t('app.retry')}</Button>
        </>
      ) : (
        <LibraryResults page={results.data} query={query} onPage={go} />
      )}
    </>
  );
}
