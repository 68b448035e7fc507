import { Fragment } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Finding } from '@ods/shared/guard';
import { highlightSegments } from '../model/highlight-segments.ts';
import { findingReasonId } from './guard-ids.ts';

type GuardPreviewProps = { fieldId: string; text: string; findings: readonly Finding[] };

/**
 * A read-only copy of the text under its box, with what the guard found marked. Each mark
 * says in words what it is (colour is not the only signal) and points to its reason.
 */
export function GuardPreview({ fieldId, text, findings }: GuardPreviewProps) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <div className="ods-guard-preview">
      <p className="utrecht-form-field-description">{t('cases.guard.previewLabel')}</p>
      <div className="ods-guard-preview__text">
        {highlightSegments(text, findings).map((segment, index) => {
          const finding = segment.finding;
          if (!finding) return <Fragment key={index}>{segment.text}</Fragment>;
          return (
            <mark
              key={index}
              className={`ods-guard-mark ods-guard-mark--${finding.severity}`}
              data-kind={finding.kind}
              aria-describedby={findingReasonId(fieldId, findings.indexOf(finding))}
            >
              <span className="ods-visually-hidden">
                {t('cases.guard.markStart', {
                  kind: t(`cases.guard.kind.${finding.kind}`),
                  severity: t(`cases.guard.severity.${finding.severity}`),
                })}{' '}
              </span>
              {segment.text}
              <span className="ods-visually-hidden"> {t('cases.guard.markEnd')}</span>
            </mark>
          );
        })}
      </div>
    </div>
  );
}
