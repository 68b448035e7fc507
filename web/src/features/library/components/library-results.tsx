import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { LibraryPage, LibraryQuery } from '@ods/shared/api/library';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { LibraryResult } from './library-result.tsx';

type LibraryResultsProps = {
  page: LibraryPage;
  query: LibraryQuery;
  onPage: (query: LibraryQuery) => void;
};

/** The results of a search, one page at a time, announced to screen readers when they change. */
export function LibraryResults({ page, query, onPage }: LibraryResultsProps) {
  const { t } = useTranslation();
  const number = page.page;
  return (
    <section aria-labelledby="library-results">
      <Heading level={2} id="library-results">
        {t('library.results.title')}
      </Heading>
      <Paragraph role="status">
        {page.items.length === 0
          ? t('library.results.none')
          : t('library.results.page', { number, count: page.items.length })}
      </Paragraph>
      {page.items.length > 0 ? (
        <ul className="ods-library-results" aria-labelledby="library-results">
          {page.items.map((item) => (
            <LibraryResult key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
      <ButtonGroup>
        {number > 1 ? (
          <Button onClick={() => onPage({ ...query, page: String(number - 1) })}>
            {t('library.results.previous')}
          </Button>
        ) : null}
        {page.hasMore ? (
          <Button onClick={() => onPage({ ...query, page: String(number + 1) })}>
            {t('library.results.next')}
          </Button>
        ) : null}
      </ButtonGroup>
    </section>
  );
}
