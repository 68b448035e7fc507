import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { ConfirmedWarning } from '@ods/shared/api/cases';
import type { Finding } from '@ods/shared/guard';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { isConfirmed } from '../model/confirmations.ts';
import { findingReasonId, findingsLabelId } from './guard-ids.ts';

type GuardFindingsListProps = {
  fieldId: string;
  fieldLabel: string;
  findings: readonly Finding[];
  confirmed: readonly ConfirmedWarning[];
  onFix: (finding: Finding) => void;
  onConfirm: (finding: Finding, fictional: boolean) => void;
  /** Whether warnings get "dit is fictief" here (false where another part of the page asks it). */
  confirmable?: boolean;
};

/** The guard's findings in one text: what and why, a one-click fix, and "dit is fictief" for warnings. */
export function GuardFindingsList({
  fieldId,
  fieldLabel,
  findings,
  confirmed,
  onFix,
  onConfirm,
  confirmable = true,
}: GuardFindingsListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (findings.length === 0) return null;
  return (
    <div className="ods-guard-findings">
      <p id={findingsLabelId(fieldId)} className="utrecht-paragraph ods-guard-findings__label">
        {t('cases.guard.findingsLabel', { field: fieldLabel, number: findings.length })}
      </p>
      <ul className="ods-guard-findings__list" aria-labelledby={findingsLabelId(fieldId)}>
        {findings.map((finding, index) => {
          const matchId = `${fieldId}-finding-${index}-match`;
          return (
            <li
              // The notes list findings of many paragraphs, whose offsets start again at each.
              key={`${finding.kind}-${finding.start}-${index}`}
              className={`ods-guard-finding ods-guard-finding--${finding.severity}`}
            >
              <p id={matchId} className="utrecht-paragraph">
                <strong>{t(`cases.guard.kind.${finding.kind}`)}</strong> (
                {t(`cases.guard.severity.${finding.severity}`)}): “{finding.match}”
              </p>
              <p id={findingReasonId(fieldId, index)} className="utrecht-paragraph">
                {finding.reason[language]}
              </p>
              <Button aria-describedby={matchId} onClick={() => onFix(finding)}>
                {t('cases.guard.fix', { replacement: finding.replacement })}
              </Button>
              {finding.severity === 'warn' && confirmable ? (
                <CheckboxField
                  id={`${fieldId}-finding-${index}-fictional`}
                  label={t('cases.guard.fictional', { match: finding.match })}
                  checked={isConfirmed(confirmed, finding)}
                  onChange={(fictional) => onConfirm(finding, fictional)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
