import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';
import { classNames } from './class-names.ts';

/** An in-app text link in the NL Design System style. */
export function Link({ className, ...rest }: LinkProps) {
  return (
    <RouterLink {...rest} className={classNames('utrecht-link utrecht-link--html-a', className)} />
  );
}

type ButtonLinkProps = LinkProps & { appearance?: 'primary' | 'secondary'; children: ReactNode };

/** A link that looks like a button, for calls to action that navigate. */
export function ButtonLink({ appearance = 'primary', className, ...rest }: ButtonLinkProps) {
  return (
    <RouterLink
      {...rest}
      className={classNames(
        'utrecht-button-link utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}-action`,
        className,
      )}
    />
  );
}
