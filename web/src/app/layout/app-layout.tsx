import { Outlet } from 'react-router';
import { ConsentNotice } from '../../features/summaries/components/consent-notice.tsx';
import { useCurrentUser } from '../../lib/queries/session.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { SkipLink } from './skip-link.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

export const MAIN_ID = 'inhoud';

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function AppLayout() {
  useFocusOnNavigation();
  const user = useCurrentUser();
  return (
    <div className="utrecht-page-layout ods-page-layout">
      <SkipLink targetId={MAIN_ID} />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body ods-main">
        <div className="utrecht-page-body__content">
          <ConsentNotice signedIn={Boolean(user)} />
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
