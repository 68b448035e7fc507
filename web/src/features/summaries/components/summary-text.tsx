import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SummaryContent } from '@ods/shared/api/summaries';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

const TEXTS = ['question', 'insights', 'advice', 'takeaways', 'followUps'] as const;

/** The summary to read (not to edit): each part that has text, and the exchange per municipality. */
export function SummaryText({ content }: { content: SummaryContent }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-text" className="ods-summary-section">
      <Heading level={2} id="summary-text">
        {t('summaries.editor.title')}
      </Heading>
      {TEXTS.filter((field) => content[field].trim() !== '').map((field) => (
        <div key={field}>
          <Heading level={3}>{t(`summaries.fields.${field}`)}</Heading>
          {content[field].split('\n').map((line, index) => (
            <Paragraph key={index}>{line}</Paragraph>
          ))}
        </div>
      ))}
      {content.exchange.length > 0 ? (
        <>
          <Heading level={3}>{t('summaries.fields.exchange')}</Heading>
          <ul className="utrecht-unordered-list">
            {content.exchange.map((row, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                <strong>{row.municipality}</strong>: {row.approach}. {row.tools}. {row.whatWorks}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
