import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { CASE_LIMITS, type CaseTextField } from '@ods/shared/api/case-limits';
import type { CaseDetails, ConfirmedWarning } from '@ods/shared/api/cases';
import type { Topic } from '@ods/shared/api/reference';
import { applyReplacement, type Finding } from '@ods/shared/guard';
import { summaryEntries } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useGuardFindings } from '../hooks/use-guard-findings.ts';
import { useSubmitCase } from '../hooks/use-submit-case.ts';
import { CASE_FIELDS, draftFromCase, emptyCaseDraft, type CaseField } from '../model/case-draft.ts';
import { outstanding, withConfirmation } from '../model/confirmations.ts';
import { CASE_FIELD_IDS } from './case-field-ids.ts';
import { CaseMetaFields } from './case-meta-fields.tsx';
import { GuardStatus } from './guard-status.tsx';
import { GuardedTextField } from './guarded-text-field.tsx';

const TEXT_MAX: Record<CaseTextField, number> = {
  title: CASE_LIMITS.titleMax,
  situation: CASE_LIMITS.situationMax,
  question: CASE_LIMITS.questionMax,
};

type CaseEditorProps = { stored: CaseDetails | undefined; topics: readonly Topic[] };

/**
 * Writing a case: the guard checks the texts in the browser whenever typing pauses and shows
 * its findings under each box; "Klaar voor gebruik" stays off while a BSN or IBAN remains.
 */
export function CaseEditor({ stored, topics }: CaseEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => (stored ? draftFromCase(stored) : emptyCaseDraft()));
  const [confirmed, setConfirmed] = useState<ConfirmedWarning[]>(stored?.confirmedWarnings ?? []);
  const [lastFix, setLastFix] = useState('');
  const formErrors = useFormErrors(CASE_FIELDS);
  const { errors, focusKey } = formErrors;
  const texts = { title: draft.title, situation: draft.situation, question: draft.question };
  const guard = useGuardFindings(texts);
  const all = [...guard.findings.title, ...guard.findings.situation, ...guard.findings.question];
  const { blocking, unconfirmed } = outstanding(all, confirmed);
  const submit = useSubmitCase({ storedId: stored?.id, draft, confirmed, formErrors });

  const update = <K extends CaseField>(field: K, value: (typeof draft)[K]) => {
    setLastFix('');
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const fix = (field: CaseTextField, finding: Finding) => {
    const next = { ...draft, [field]: applyReplacement(draft[field], finding) };
    setDraft(next);
    guard.scanNow({ title: next.title, situation: next.situation, question: next.question });
    setLastFix(t('cases.guard.fixed', { match: finding.match, replacement: finding.replacement }));
    // The fixed finding's buttons disappear; focus goes back to the text it was in.
    document.getElementById(CASE_FIELD_IDS[field])?.focus();
  };

  const textField = (field: CaseTextField, multiline: boolean) => (
    <GuardedTextField
      id={CASE_FIELD_IDS[field]}
      label={t(`cases.editor.${field}.label`)}
      description={t(`cases.editor.${field}.description`)}
      error={errors.fields[field]}
      value={draft[field]}
      onChange={(value) => update(field, value)}
      multiline={multiline}
      required={field === 'title'}
      max={TEXT_MAX[field]}
      scannedText={guard.scanned[field]}
      findings={guard.findings[field]}
      confirmed={confirmed}
      onFix={(finding) => fix(field, finding)}
      onConfirm={(finding, fictional) =>
        setConfirmed((current) => withConfirmation(current, finding, fictional))
      }
    />
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.save();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="ods-form ods-case-editor">
      <ErrorSummary
        errors={summaryEntries(errors, CASE_FIELDS, (field) => CASE_FIELD_IDS[field as CaseField])}
        focusKey={focusKey}
      />
      <GuardStatus
        total={all.length}
        blocking={blocking.length}
        unconfirmed={unconfirmed.length}
        lastFix={lastFix}
      />
      {textField('title', false)}
      <CaseMetaFields
        ids={CASE_FIELD_IDS}
        topics={topics}
        topic={draft.topic}
        sizeClass={draft.sizeClass}
        errors={errors.fields}
        onTopic={(value) => update('topic', value)}
        onSizeClass={(value) => update('sizeClass', value)}
      />
      {textField('situation', true)}
      {textField('question', true)}
      <ButtonGroup>
        <Button type="submit" busy={submit.busy}>
          {t('cases.editor.save')}
        </Button>
        <Button
          appearance="primary"
          busy={submit.busy}
          disabled={blocking.length > 0}
          aria-describedby={blocking.length > 0 ? 'case-ready-blocked' : 'case-ready-note'}
          onClick={() => void submit.markReady()}
        >
          {t('cases.editor.ready')}
        </Button>
      </ButtonGroup>
      {blocking.length > 0 ? (
        <Paragraph id="case-ready-blocked" className="ods-case-ready-blocked">
          {t('cases.editor.readyBlocked')}
        </Paragraph>
      ) : (
        <Paragraph id="case-ready-note">{t('cases.editor.readyNote')}</Paragraph>
      )}
    </form>
  );
}
