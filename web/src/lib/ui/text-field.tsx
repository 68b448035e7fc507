import { Textbox } from '@utrecht/textbox-react';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
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

/** A labelled text box (@utrecht/textbox-react) with its help text and error wired to it. */
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
    <FormField id={id} label={label} description={description} error={error}>
      <Textbox
        {...inputProps}
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        // The component turns these into aria-required and aria-invalid; the browser's own
        // required check stays off, the form shows its own messages.
        required={required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
      />
    </FormField>
  );
}
