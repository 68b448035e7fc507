import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldMessages } from './field-messages.tsx';

type CheckboxFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  required?: boolean;
};

/** One labelled checkbox, with optional help text and error message. */
export function CheckboxField({
  id,
  label,
  description,
  error,
  checked,
  onChange,
  disabled = false,
  required = false,
}: CheckboxFieldProps) {
  return (
    <div
      className={classNames(
        'utrecht-form-field utrecht-form-field--checkbox',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          className={classNames(
            'utrecht-checkbox utrecht-checkbox--html-input',
            error && 'utrecht-checkbox--invalid',
          )}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label
          className={classNames(
            'utrecht-form-label utrecht-form-label--checkbox',
            disabled && 'utrecht-form-label--disabled',
          )}
          htmlFor={id}
        >
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
    </div>
  );
}
