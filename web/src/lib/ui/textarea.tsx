import type { TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean };

/**
 * A multi-line text box on @utrecht/textarea-css. Utrecht has no separate React package for it
 * (only the umbrella library, see docs/design-system.md), so the markup follows the component's
 * HTML: the same classes and aria-invalid/aria-required as its Textbox sibling.
 */
export function Textarea({ invalid = false, required = false, className, ...rest }: TextareaProps) {
  return (
    <textarea
      {...rest}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      className={classNames(
        'utrecht-textarea utrecht-textarea--html-textarea',
        invalid && 'utrecht-textarea--invalid',
        required && 'utrecht-textarea--required',
        className,
      )}
    />
  );
}
