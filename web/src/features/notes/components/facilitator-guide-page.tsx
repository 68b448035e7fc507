import '../notes.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { methodPhases } from '@ods/shared/method/sparring-method';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useLanguageText } from '../model/use-language-text.ts';

const TIPS = ['before', 'time', 'turnAway', 'lookBack', 'notes', 'safety'] as const;

/**
 * /gespreksleider: the sparring method on one printable page, for first-time facilitators.
 * The phases and minutes come from the same definition the phase guide uses.
 */
export function FacilitatorGuidePage() {
  const { t } = useTranslation();
  const text = useLanguageText();
  const short = methodPhases({ length: 60, turnAway: false, lookBack: false });
  const long = methodPhases({ length: 90, turnAway: false, lookBack: false });
  return (
    <div className="ods-guide">
      <PageHeading>{t('notes.guide.title')}</PageHeading>
      <Paragraph lead>{t('notes.guide.intro')}</Paragraph>
      <table className="utrecht-table ods-guide__phases">
        <caption className="utrecht-table__caption">{t('notes.guide.phasesCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('notes.guide.phase')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('notes.guide.what')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('notes.guide.tip')}
            </th>
            <th scope="col" className="utrecht-table__header-cell ods-guide__minutes">
              60
            </th>
            <th scope="col" className="utrecht-table__header-cell ods-guide__minutes">
              90
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {short.map((phase, index) => (
            <tr key={phase.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {index + 1}. {text(phase.title)}
              </th>
              <td className="utrecht-table__cell">{text(phase.purpose)}</td>
              <td className="utrecht-table__cell">{text(phase.facilitatorTip)}</td>
              <td className="utrecht-table__cell ods-guide__minutes">{phase.minutes}</td>
              <td className="utrecht-table__cell ods-guide__minutes">{long[index]?.minutes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Heading level={2}>{t('notes.guide.tipsHeading')}</Heading>
      <ul className="utrecht-unordered-list">
        {TIPS.map((tip) => (
          <li key={tip} className="utrecht-unordered-list__item">
            {t(`notes.guide.tips.${tip}`)}
          </li>
        ))}
      </ul>
      <div className="ods-guide__actions">
        <Button onClick={() => window.print()}>{t('notes.guide.print')}</Button>
      </div>
    </div>
  );
}
