import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { focusSectionHeading } from '../components/account-section.tsx';

/**
 * Opens the section the address names (`/account#mail`, the link in every mail's
 * List-Unsubscribe header): scrolls to it and puts focus on its heading. The browser cannot do
 * this itself, because the sections only appear once the profile has loaded.
 */
export function useSectionFromFragment(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const section = decodeURIComponent(hash.replace(/^#/, ''));
    if (!ready || section === '') return;
    // A frame later, so this runs after the layout has moved focus to the h1 on navigation.
    const frame = requestAnimationFrame(() => {
      focusSectionHeading(section);
      document.getElementById(section)?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hash, key]);
}
