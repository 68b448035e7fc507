import { Button as UtrechtButton, type ButtonAppearance } from '@utrecht/button-react';
import type { ComponentPropsWithRef } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

type ButtonProps = ComponentPropsWithRef<'button'> & {
  appearance?: Appearance;
  /** Marks an action that removes something; shown in the danger style. */
  danger?: boolean;
  /** While a request runs the button stays focusable and announces that it is busy. */
  busy?: boolean;
};

const APPEARANCE: Record<Appearance, ButtonAppearance> = {
  primary: 'primary-action-button',
  secondary: 'secondary-action-button',
  subtle: 'subtle-button',
};

/**
 * The design system's button (@utrecht/button-react), type="button" unless a form submit is
 * asked for. The wrapper adds one behaviour: a busy button ignores clicks.
 */
export function Button({
  appearance = 'secondary',
  danger = false,
  busy = false,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <UtrechtButton
      {...rest}
      type={type}
      appearance={APPEARANCE[appearance]}
      hint={danger ? 'danger' : undefined}
      busy={busy}
      // A busy button ignores clicks instead of being disabled, so keyboard focus is not lost.
      onClick={busy ? (event) => event.preventDefault() : onClick}
    />
  );
}
