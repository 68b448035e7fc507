import { FormField as UtrechtFormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import type { ReactNode } from 'react';
import { FieldMessages } from './field-messages.tsx';

type FormFieldProps = {
  id: string;
  label: ReactNode;
  /** For a control that refers to its label by id (a combobox's list). */
  labelId?: string;
  description?: ReactNode;
  error?: string | undefined;
  /** What belongs to the field below its control (e.g. the guard's findings). */
  after?: ReactNode;
  children: ReactNode;
};

/**
 * The frame every single-control field shares (@utrecht/form-field-react with
 * @utrecht/form-label-react): the label, the help text and the error (wired to the control by
 * its id), and the control itself. Composed in the same slots as the design system's own
 * FormFieldTextbox, which only the umbrella package has.
 */
export function FormField({
  id,
  label,
  labelId,
  description,
  error,
  after,
  children,
}: FormFieldProps) {
  return (
    <UtrechtFormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel id={labelId} htmlFor={id}>
          {label}
        </FormLabel>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
      {after}
    </UtrechtFormField>
  );
}
