import type { MouseEvent } from 'react';
import { useTranslation } from '../../lib/i18n/use-translation.ts';

/** The first focusable element: lets keyboard users jump past the header to the content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  // Focus the target directly: following the fragment would change the URL the router watches.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a
      href={`#${targetId}`}
      onClick={skip}
      className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
    >
      {t('app.skipLink')}
    </a>
  );
}
