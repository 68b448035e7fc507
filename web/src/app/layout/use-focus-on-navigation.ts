import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageHeading } from '../../lib/routing/heading-focus.ts';

/**
 * After each client-side page change: scroll to the top and move focus to the new page's h1.
 * The first page load is left alone, so the skip link stays the first thing a keyboard reaches.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    focusPageHeading();
  }, [pathname]);
}
