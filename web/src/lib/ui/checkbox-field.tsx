import { Checkbox } from '@utrecht/checkbox-react';
import { FormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import type { ReactNode } from 'react';
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

/**
 * One labelled checkbox, with optional help text and error message (@utrecht/checkbox-react in
 * @utrecht/form-field-react, the slots of the design system's FormFieldCheckbox).
 */
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
    <FormField type="checkbox" invalid={Boolean(error)}>
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          // The browser's own checkbox, in the theme's accent colour: it keeps the platform's
          // high-contrast rendering and needs no icon image.
          appearance="html"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, { description, error })}
        />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel type="checkbox" disabled={disabled} htmlFor={id}>
          {label}
        </FormLabel>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
    </FormField>
  );
}
