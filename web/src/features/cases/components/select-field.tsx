import type { ReactNode } from 'react';
import { classNames } from '../../../lib/ui/class-names.ts';
import { describedBy } from '../../../lib/ui/field-ids.ts';
import { FieldMessages } from '../../../lib/ui/field-messages.tsx';

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };

type SelectFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The first option, with the value '' (e.g. "Kies een onderwerp"). */
  placeholder: string;
  groups: readonly SelectGroup[];
  required?: boolean;
};

/** A labelled native select with option groups, in the design system's style. */
export function SelectField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  placeholder,
  groups,
  required = false,
}: SelectFieldProps) {
  return (
    <div className={classNames('utrecht-form-field', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          className={classNames(
            'utrecht-select utrecht-select--html-select',
            error && 'utrecht-select--invalid',
          )}
        >
          <option value="">{placeholder}</option>
          {groups.map((group) =>
            group.label === '' ? (
              group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))
            ) : (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </div>
    </div>
  );
}
