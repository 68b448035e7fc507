import '../../cases/cases.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { SUMMARY_LIMITS, type SummaryContent, type SummaryView } from '@ods/shared/api/summaries';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useSaveSummary } from '../api/save-summary.ts';
import { ExchangeTableEditor } from './exchange-table-editor.tsx';
import { TextAreaField } from '../../../lib/ui/text-area-field.tsx';
import { applyReplacement, type Finding } from '@ods/shared/guard';
import type { SummaryTextField } from '@ods/shared/api/summary-limits';
import { GuardFindingsList } from '../../cases/components/guard-findings-list.tsx';
import { GuardPreview } from '../../cases/components/guard-preview.tsx';
import { summaryFieldFindings } from '../model/summary-findings.ts';

// The texts after the table, in the order of the sparring method.
const AFTER_TABLE = ['advice', 'takeaways', 'followUps'] as const;

type SummaryEditorProps = { view: SummaryView; onReload: () => void };

/**
 * The summary as a form every participant can save. Saving sends the version it started from;
 * when someone else saved in between, the server refuses and the texts here stay, so nothing
 * typed is lost.
 */
export function SummaryEditor({ view, onReload }: SummaryEditorProps) {
  const { t } = useTranslation();
  const [content, setContent] = useState<SummaryContent>(view.content);
  const [saved, setSaved] = useState(false);
  const save = useSaveSummary();
  const set = (patch: Partial<SummaryContent>) => {
    setSaved(false);
    setContent((current) => ({ ...current, ...patch }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { sessionId: view.sessionId, request: { version: view.version, content } },
      { onSuccess: () => setSaved(true) },
    );
  };
  // The guard's findings under each text, with a one-click replacement ('[naam]', '[BSN]');
  // "dit is fictief" is asked where people agree, in the consent section.
  const guarded = (field: Exclude<SummaryTextField, 'exchange'>, label: string) => {
    const findings = summaryFieldFindings(view, field, content[field]);
    const fix = (finding: Finding) => set({ [field]: applyReplacement(content[field], finding) });
    return (
      <>
        <GuardPreview fieldId={`summary-${field}`} text={content[field]} findings={findings} />
        <GuardFindingsList
          fieldId={`summary-${field}`}
          fieldLabel={label}
          findings={findings}
          confirmed={view.confirmedWarnings}
          onFix={fix}
          onConfirm={() => undefined}
          confirmable={false}
        />
      </>
    );
  };
  const stale = save.error instanceof ApiError && save.error.code === 'SUMMARY_STALE';
  const someoneAgreed = view.participants.some((p) => p.consent?.agreed);
  return (
    <form className="ods-summary-editor" onSubmit={submit} aria-labelledby="summary-editor-title">
      <h2 id="summary-editor-title" className="utrecht-heading-2">
        {t('summaries.editor.title')}
      </h2>
      {view.saved ? null : <Alert type="info">{t('summaries.editor.fromNotes')}</Alert>}
      <TextAreaField
        id="summary-question"
        label={t('summaries.fields.question')}
        value={content.question}
        maxLength={SUMMARY_LIMITS.questionMax}
        rows={2}
        onChange={(question) => set({ question })}
        after={guarded('question', t('summaries.fields.question'))}
      />
      <TextAreaField
        id="summary-insights"
        label={t('summaries.fields.insights')}
        value={content.insights}
        maxLength={SUMMARY_LIMITS.textMax}
        onChange={(insights) => set({ insights })}
        after={guarded('insights', t('summaries.fields.insights'))}
      />
      <ExchangeTableEditor rows={content.exchange} onChange={(exchange) => set({ exchange })} />
      {AFTER_TABLE.map((field) => (
        <TextAreaField
          key={field}
          id={`summary-${field}`}
          label={t(`summaries.fields.${field}`)}
          value={content[field]}
          maxLength={SUMMARY_LIMITS.textMax}
          onChange={(value) => set({ [field]: value })}
          after={guarded(field, t(`summaries.fields.${field}`))}
        />
      ))}
      {someoneAgreed ? <Paragraph>{t('summaries.editor.resetsConsent')}</Paragraph> : null}
      {save.isError ? (
        <Alert type="error" role="alert">
          {save.error instanceof ApiError ? save.error.message : t('summaries.editor.saveError')}{' '}
          {stale ? (
            <Button appearance="subtle" onClick={onReload}>
              {t('summaries.editor.loadNewest')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {saved && !save.isPending ? (
        <Alert type="ok" role="status">
          {t('summaries.editor.saved')}
        </Alert>
      ) : null}
      <Button type="submit" appearance="primary" busy={save.isPending}>
        {t('summaries.editor.save')}
      </Button>
    </form>
  );
}
