import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { ConfirmedWarning } from '@ods/shared/api/cases';
import type { SummaryFinding } from '@ods/shared/api/summaries';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

type ConsentFindingsProps = {
  blocking: readonly SummaryFinding[];
  warnings: readonly SummaryFinding[];
  confirmed: readonly ConfirmedWarning[];
  onConfirm: (warning: ConfirmedWarning, fictional: boolean) => void;
};

/**
 * What the personal-data guard found in the summary: blocking data must go (edit the summary),
 * each warning is edited away or confirmed as fictional before anyone can agree.
 */
export function ConsentFindings({
  blocking,
  warnings,
  confirmed,
  onConfirm,
}: ConsentFindingsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (blocking.length === 0 && warnings.length === 0) return null;
  const isConfirmed = (f: SummaryFinding) =>
    confirmed.some((c) => c.kind === f.kind && c.text === f.match);
  const describe = (f: SummaryFinding) =>
    t('summaries.consent.finding', {
      kind: t(`summaries.guardKind.${f.kind}`),
      match: f.match,
      field: t(`summaries.fields.${f.field}`),
    });
  return (
    <div id="summary-findings">
      <Paragraph>
        <strong>{t('summaries.consent.findingsTitle')}</strong>
      </Paragraph>
      <ul className="ods-summary-findings">
        {blocking.map((f, index) => (
          <li key={`b-${index}`} className="ods-summary-finding--block">
            <Paragraph>{describe(f)}</Paragraph>
            <Paragraph>
              {f.reason[language]} {t('summaries.consent.removeFirst')}
            </Paragraph>
          </li>
        ))}
        {warnings.map((f, index) => (
          <li key={`w-${index}`}>
            <Paragraph>{describe(f)}</Paragraph>
            <Paragraph>{f.reason[language]}</Paragraph>
            <CheckboxField
              id={`summary-finding-${index}-fictional`}
              label={t('summaries.consent.fictional', { match: f.match })}
              checked={isConfirmed(f)}
              onChange={(fictional) => onConfirm({ kind: f.kind, text: f.match }, fictional)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
