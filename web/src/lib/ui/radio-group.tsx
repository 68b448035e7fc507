import type { ReactNode } from 'react';
import { Fieldset } from './fieldset.tsx';

type RadioOption<V extends string | number> = { value: V; label: ReactNode };

type RadioGroupProps<V extends string | number> = {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  legendHidden?: boolean;
};

/** Radio buttons in a fieldset; arrow keys move between options, as browsers do natively. */
export function RadioGroup<V extends string | number>({
  id,
  legend,
  description,
  error,
  options,
  value,
  onChange,
  legendHidden,
}: RadioGroupProps<V>) {
  return (
    <Fieldset
      id={id}
      legend={legend}
      description={description}
      error={error}
      legendHidden={legendHidden ?? false}
    >
      <div className="ods-radio-options">
        {options.map((option) => {
          const optionId = `${id}-${String(option.value)}`;
          return (
            <div
              key={String(option.value)}
              className="utrecht-form-field utrecht-form-field--radio"
            >
              <div className="utrecht-form-field__input">
                <input
                  id={optionId}
                  type="radio"
                  name={id}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
