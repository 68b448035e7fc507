import type { ReactNode } from 'react';
import { describedBy } from '../../../lib/ui/field-ids.ts';
import { FieldMessages } from '../../../lib/ui/field-messages.tsx';

type SelectFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The first option, with the value '' ("Alle onderwerpen"). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled native select for a filter, in the design system's style. */
export function SelectField({ id, label, value, onChange, anyLabel, options }: SelectFieldProps) {
  return (
    <div className="utrecht-form-field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(id, {})}
          className="utrecht-select utrecht-select--html-select"
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
