import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';
import { describedBy } from './field-ids.ts';
import { FormField } from './form-field.tsx';

export type SelectOption = { value: string; label: string };
/** Options under a heading; a group with an empty label lists its options without one. */
export type SelectGroup = { label: string; options: readonly SelectOption[] };

type SelectFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The first option, with the value '' (e.g. "Kies een onderwerp", "Alle onderwerpen"). */
  placeholder: string;
  groups: readonly SelectGroup[];
  required?: boolean;
};

/**
 * A labelled native select, optionally with option groups, on @utrecht/select-css. Utrecht has
 * no separate React package for the select (only the umbrella library), so the markup follows
 * the component's HTML.
 */
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
  const options = (list: readonly SelectOption[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <FormField id={id} label={label} description={description} error={error}>
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
            options(group.options)
          ) : (
            <optgroup key={group.label} label={group.label}>
              {options(group.options)}
            </optgroup>
          ),
        )}
      </select>
    </FormField>
  );
}
