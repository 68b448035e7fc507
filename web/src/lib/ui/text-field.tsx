import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { classNames } from './class-names.ts';
import { describedBy } from './field-ids.ts';
import { FormField } from './form-field.tsx';

type TextFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  inputRef?: Ref<HTMLInputElement>;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'maxLength' | 'min' | 'max' | 'spellCheck' | 'inputMode' | 'name'
> & { required?: boolean };

/** A labelled text box with its help text and error message wired to it for screen readers. */
export function TextField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  type = 'text',
  required = false,
  inputRef,
  ...inputProps
}: TextFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error} kind="text">
      <input
        {...inputProps}
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { description, error })}
        className={classNames(
          'utrecht-textbox',
          'utrecht-textbox--html-input',
          error && 'utrecht-textbox--invalid',
        )}
      />
    </FormField>
  );
}
