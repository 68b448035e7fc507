import { FormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
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

/**
 * Radio buttons (@utrecht/radio-button-react, each in @utrecht/form-field-react) in a fieldset;
 * arrow keys move between options, as browsers do natively.
 */
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
            <FormField key={String(option.value)} type="radio">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={optionId}
                  name={id}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  invalid={Boolean(error)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel type="radio" htmlFor={optionId}>
                  {option.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
