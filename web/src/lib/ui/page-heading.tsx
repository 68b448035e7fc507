import { useEffect, useRef, type ReactNode } from 'react';
import { takePendingHeadingFocus } from '../routing/heading-focus.ts';
import { usePageTitle } from '../routing/use-page-title.ts';

type PageHeadingProps = {
  children: ReactNode;
  /** The page's name in the document title; defaults to the heading text when that is a string. */
  title?: string;
};

/** The one h1 of a page. It can receive focus after navigation and sets the document title. */
export function PageHeading({ children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageTitle(title ?? (typeof children === 'string' ? children : ''));
  useEffect(() => {
    if (takePendingHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 ods-page-heading">
      {children}
    </h1>
  );
}
