import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & { lead?: boolean; small?: boolean };

/** Body text in the design system's rhythm; `lead` for the opening paragraph of a page. */
export function Paragraph({ lead = false, small = false, className, ...rest }: ParagraphProps) {
  return (
    <p
      {...rest}
      className={classNames(
        'utrecht-paragraph',
        lead && 'utrecht-paragraph--lead',
        small && 'utrecht-paragraph--small',
        className,
      )}
    />
  );
}
