import type { ConfirmedWarning } from '@ods/shared/api/cases';
import type { Finding } from '@ods/shared/guard';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Textbox } from '@utrecht/textbox-react';
import { describedBy } from '../../../lib/ui/field-ids.ts';
import { FormField } from '../../../lib/ui/form-field.tsx';
import { Textarea } from '../../../lib/ui/textarea.tsx';
import { GuardFindingsList } from './guard-findings-list.tsx';
import { findingsLabelId } from './guard-ids.ts';
import { GuardPreview } from './guard-preview.tsx';

type GuardedTextFieldProps = {
  id: string;
  label: string;
  description: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** A text box for a few lines (true) or a single-line box. */
  multiline?: boolean;
  required?: boolean;
  max: number;
  /** The text the findings were computed on (the value a moment ago, while typing). */
  scannedText: string;
  findings: readonly Finding[];
  confirmed: readonly ConfirmedWarning[];
  onFix: (finding: Finding) => void;
  onConfirm: (finding: Finding, fictional: boolean) => void;
};

/**
 * A text field of a case that the personal-data guard watches: under the box the text with
 * the findings marked, and per finding the reason, a fix and (for warnings) "dit is fictief".
 */
export function GuardedTextField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  multiline = false,
  required = false,
  max,
  scannedText,
  findings,
  confirmed,
  onFix,
  onConfirm,
}: GuardedTextFieldProps) {
  const { t } = useTranslation();
  const help = `${description} ${t('cases.editor.counter', { used: value.length, max })}`;
  const ariaDescribedBy = [
    describedBy(id, { description: help, error }),
    findings.length > 0 ? findingsLabelId(id) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    required,
    invalid: Boolean(error),
    'aria-describedby': ariaDescribedBy,
  };
  return (
    <FormField
      id={id}
      label={label}
      description={help}
      error={error}
      after={
        <>
          <GuardPreview fieldId={id} text={scannedText} findings={findings} />
          <GuardFindingsList
            fieldId={id}
            fieldLabel={label}
            findings={findings}
            confirmed={confirmed}
            onFix={onFix}
            onConfirm={onConfirm}
          />
        </>
      }
    >
      {multiline ? (
        <Textarea
          {...common}
          rows={value.length > 600 ? 14 : 7}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <Textbox {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}
