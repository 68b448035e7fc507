import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names.ts';

type Appearance = 'primary' | 'secondary' | 'subtle';

type ButtonProps = ComponentPropsWithRef<'button'> & {
  appearance?: Appearance;
  /** Marks an action that removes something; shown in the danger style. */
  danger?: boolean;
  /** While a request runs the button stays focusable and announces that it is busy. */
  busy?: boolean;
};

const APPEARANCE_CLASS: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

/** An NL Design System button; type="button" unless a form submit is asked for. */
export function Button({
  appearance = 'secondary',
  danger = false,
  busy = false,
  type = 'button',
  className,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-busy={busy || undefined}
      // A busy button ignores clicks instead of being disabled, so keyboard focus is not lost.
      onClick={busy ? (event) => event.preventDefault() : onClick}
      className={classNames(
        'utrecht-button',
        APPEARANCE_CLASS[appearance],
        type === 'submit' && 'utrecht-button--submit',
        danger && 'utrecht-button--danger',
        busy && 'utrecht-button--busy',
        className,
      )}
    />
  );
}
