import type { ReactNode } from 'react';
import { classNames } from '../../../lib/ui/class-names.ts';
import { describedBy } from '../../../lib/ui/field-ids.ts';
import { FieldMessages } from '../../../lib/ui/field-messages.tsx';

type TextAreaFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
};

/** A labelled multi-line text box with its help text and error wired to it. */
export function TextAreaField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  maxLength,
  rows = 4,
}: TextAreaFieldProps) {
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'utrecht-form-field--textarea',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          value={value}
          rows={rows}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          className={classNames(
            'utrecht-textarea',
            'utrecht-textarea--html-textarea',
            error && 'utrecht-textarea--invalid',
          )}
        />
      </div>
    </div>
  );
}
