import { FieldsetLegend, FieldsetOnly } from '@utrecht/fieldset-react';
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

/**
 * A group of related controls named by its legend, such as a set of radio buttons
 * (@utrecht/fieldset-react: its single-element fieldset, so the legend stays a direct child).
 */
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
    <FieldsetOnly
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, { description, error })}
      className={classNames(error && 'utrecht-form-field--invalid', className)}
    >
      <FieldsetLegend className={legendHidden ? 'ods-visually-hidden' : undefined}>
        {legend}
      </FieldsetLegend>
      <FieldMessages fieldId={id} description={description} error={error} />
      {children}
    </FieldsetOnly>
  );
}
