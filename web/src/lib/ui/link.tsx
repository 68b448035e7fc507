import { Link as UtrechtLink } from '@utrecht/link-react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import {
  Link as RouterLink,
  useHref,
  useLinkClickHandler,
  type LinkProps,
  type To,
} from 'react-router';
import { classNames } from './class-names.ts';

type InAppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: To;
  replace?: boolean;
  state?: unknown;
  children: ReactNode;
};

/**
 * An in-app text link: the design system's link (@utrecht/link-react) with the router's
 * navigation, so a click changes the page without a reload and a modified click (new tab)
 * still works.
 */
export function Link({ to, replace, state, target, onClick, ...rest }: InAppLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  return (
    <UtrechtLink
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}

type ButtonLinkProps = LinkProps & { appearance?: 'primary' | 'secondary'; children: ReactNode };

/**
 * A link that looks like a button, for calls to action that navigate. On @utrecht/button-link-css:
 * Utrecht has no separate React package for it (only the umbrella library).
 */
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
