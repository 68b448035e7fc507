import '../library.css';
import { useDeferredValue } from 'react';
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
  // The results (a page of summaries with their facts and buttons) render as a transition, which
  // React splits into short slices, instead of one long task the moment the answer arrives (on a
  // phone's slower processor 100–500 ms, the page's main blocking time).
  const shown = useDeferredValue(results.data);
  const go = (next: LibraryQuery) => setParams(paramsFromQuery(next));
  return (
    <>
      <PageHeading>{t('library.title')}</PageHeading>
      <Paragraph lead>{t('library.intro')}</Paragraph>
      <LibrarySearchForm key={params.toString()} query={query} onSearch={go} />
      {results.isError ? (
        <>
          <Alert type="error">{t('library.loadError')}</Alert>
          <Button onClick={() => void results.refetch()}>{t('app.retry')}</Button>
        </>
      ) : shown ? (
        <LibraryResults page={shown} query={query} onPage={go} />
      ) : (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      )}
    </>
  );
}
