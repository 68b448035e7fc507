import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldMessages } from './field-messages.tsx';

type FieldsetProps = {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  /** Hides the legend visually (it stays the group's name for screen readers). */
  legendHidden?: boolean;
  className?: string;
};

/** A group of related controls named by its legend, such as a set of radio buttons. */
export function Fieldset({
  id,
  legend,
  description,
  error,
  children,
  legendHidden = false,
  className,
}: FieldsetProps) {
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy(id, { description, error })}
      className={classNames(
        'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset',
        error && 'utrecht-form-fieldset--invalid utrecht-form-field--invalid',
        className,
      )}
    >
      <legend
        className={classNames(
          'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend',
          legendHidden && 'ods-visually-hidden',
        )}
      >
        {legend}
      </legend>
      <FieldMessages fieldId={id} description={description} error={error} />
      {children}
    </fieldset>
  );
}
