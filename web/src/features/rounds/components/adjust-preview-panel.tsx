import { useEffect, useRef } from 'react';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useTranslation, type TextKey } from '../../../lib/i18n/use-translation.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { isVersionConflict } from '../api/round-adjustments.ts';
import { signedScore } from './format-score.ts';
import type { AdjustmentDraft } from './use-adjustment-draft.ts';

/**
 * What the chosen adjustment would do, shown right after the control it was chosen in (so the
 * next Tab reaches "Bevestigen"): the refusals naming the rule, or "every hard rule kept" with
 * the score change and its soft parts. It scrolls itself into view when it appears; the
 * view's live region says what it holds.
 */
export function AdjustPreviewPanel({ draft }: { draft: AdjustmentDraft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { adjustment, preview, apply } = draft;
  const panel = useRef<HTMLDivElement>(null);
  const failure = apply.error ?? preview.error;
  const answer = preview.data;
  const shown = Boolean(failure || answer);
  useEffect(() => {
    if (shown) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (!adjustment) return null;
  return (
    <div
      ref={panel}
      role="region"
      aria-labelledby="adjust-preview-heading"
      className="ods-adjust-preview"
    >
      <Heading level={4} id="adjust-preview-heading">
        {t('rounds.adjust.previewTitle')}
      </Heading>
      {failure ? (
        <Alert type="error" role="alert">
          {isVersionConflict(failure)
            ? t('rounds.adjust.conflict')
            : failure instanceof ApiError && failure.status < 500
              ? failure.message
              : t('errors.unexpected')}
        </Alert>
      ) : null}
      {!answer && !failure ? <Paragraph>{t('rounds.adjust.checking')}</Paragraph> : null}
      {answer?.accepted ? (
        <>
          <Paragraph>{t('rounds.adjust.rulesKept')}</Paragraph>
          <Paragraph>
            {t('rounds.adjust.score', { delta: signedScore(answer.delta.total, language) })}
          </Paragraph>
          <ul className="utrecht-unordered-list">
            {Object.entries(answer.delta.parts)
              .filter(([, value]) => Math.abs(value) >= 0.05)
              .map(([part, value]) => (
                <li key={part} className="utrecht-unordered-list__item">
                  {t(`rounds.adjust.parts.${part}` as TextKey)}: {signedScore(value, language)}
                </li>
              ))}
          </ul>
        </>
      ) : null}
      {answer && !answer.accepted ? (
        <>
          <Paragraph>{t('rounds.adjust.refused')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {answer.refusals.map((refusal, index) => (
              <li key={`${refusal.rule}-${index}`} className="utrecht-unordered-list__item">
                {refusal.message[language]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {answer?.accepted ? (
        <Button appearance="primary" busy={apply.isPending} onClick={draft.confirm}>
          {t('rounds.adjust.confirm')}
        </Button>
      ) : null}{' '}
      <Button onClick={draft.cancel}>{t('rounds.adjust.cancel')}</Button>
    </div>
  );
}
