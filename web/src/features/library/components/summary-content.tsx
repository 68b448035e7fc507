import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SummaryContent as Content } from '@ods/shared/api/summaries';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

const COLUMNS = ['municipality', 'approach', 'tools', 'whatWorks'] as const;
type TextField = 'insights' | 'advice' | 'takeaways' | 'followUps';

/** A published summary's texts, and the "over de schutting" table as a real table. */
export function SummaryContent({ content }: { content: Content }) {
  const { t } = useTranslation();
  const text = (field: TextField) =>
    content[field].trim() === '' ? null : (
      <section key={field} aria-labelledby={`entry-${field}`}>
        <Heading level={2} id={`entry-${field}`}>
          {t(`library.entry.${field}`)}
        </Heading>
        <Paragraph className="ods-library-text">{content[field]}</Paragraph>
      </section>
    );
  return (
    <>
      <Heading level={2}>{t('library.entry.question')}</Heading>
      <Paragraph className="ods-library-text">{content.question}</Paragraph>
      {text('insights')}
      {content.exchange.length > 0 ? (
        <div className="ods-library-table">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{t('library.entry.exchange')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="utrecht-table__header-cell">
                    {t(`library.entry.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {content.exchange.map((row, index) => (
                <tr key={index} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {row.municipality}
                  </th>
                  <td className="utrecht-table__cell">{row.approach}</td>
                  <td className="utrecht-table__cell">{row.tools}</td>
                  <td className="utrecht-table__cell">{row.whatWorks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {text('advice')}
      {text('takeaways')}
      {text('followUps')}
    </>
  );
}
