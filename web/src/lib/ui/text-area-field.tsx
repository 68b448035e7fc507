import type { ReactNode } from 'react';
import { describedBy } from './field-ids.ts';
import { FormField } from './form-field.tsx';
import { Textarea } from './textarea.tsx';

type TextAreaFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
  required?: boolean;
  /** Shown under the box, inside the field (e.g. the personal-data guard's findings). */
  after?: ReactNode;
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
  required = false,
  after,
}: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error} after={after}>
      <Textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
      />
    </FormField>
  );
}
