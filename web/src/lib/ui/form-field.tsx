import type { ReactNode } from 'react';
import { classNames } from './class-names.ts';
import { FieldMessages } from './field-messages.tsx';

type FormFieldProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** The design system's field variant: 'text', 'textarea', 'select'. */
  kind: string;
  children: ReactNode;
  /** What belongs to the field below its control (e.g. the guard's findings). */
  after?: ReactNode;
};

/**
 * The frame every single-control field shares: the label, the help text and the error
 * (wired to the control by its id), and the control itself.
 */
export function FormField({
  id,
  label,
  description,
  error,
  kind,
  children,
  after,
}: FormFieldProps) {
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        `utrecht-form-field--${kind}`,
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
      {after}
    </div>
  );
}
