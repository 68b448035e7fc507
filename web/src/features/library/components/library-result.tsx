import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { LibraryItem } from '@ods/shared/api/library';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { libraryEntryPath } from '../library-paths.ts';
import { ContributorsLine } from './contributors-line.tsx';
import { UsefulButton } from './useful-button.tsx';

/** One published summary in the results: title (the link), facts, a passage, "nuttig". */
export function LibraryResult({ item }: { item: LibraryItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="ods-library-result">
      <article aria-labelledby={`result-${item.id}`}>
        <Heading level={3} id={`result-${item.id}`}>
          <Link to={libraryEntryPath(item.id)}>{item.title}</Link>
        </Heading>
        <Paragraph small>
          {t('library.result.facts', {
            topic: item.topic.name[language],
            date: formatDate(item.heldOn, language),
          })}
        </Paragraph>
        <ContributorsLine contributors={item.contributors} hiddenCount={item.hiddenCount} />
        <Paragraph>{item.snippet}</Paragraph>
        <UsefulButton
          id={item.id}
          title={item.title}
          count={item.usefulCount}
          marked={item.markedUseful}
        />
      </article>
    </li>
  );
}
