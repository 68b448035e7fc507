import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n/use-translation.ts';
import { NavLink, useLocation } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button.tsx';
import { useCurrentUser } from '../../lib/queries/session.ts';
import { PATHS } from '../../lib/routing/paths.ts';

type NavItem = { to: string; label: string };

const MENU_ID = 'ods-main-menu';

/**
 * Main menu: what a visitor or a signed-in participant can go to. NavLink marks the current page.
 * On a small screen the items fold behind a menu button (the NL Design System's pattern for a
 * navigation bar on mobile): the button says whether the menu is open (aria-expanded) and which
 * list it opens (aria-controls); Escape closes it and puts focus back on the button, and going to
 * another page closes it. From 48em wide the items are always shown and the button is hidden.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  // The page the menu was opened on: on any other page it is closed, so following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  const items: NavItem[] = user
    ? [
        { to: PATHS.sessions, label: t('app.nav.sessions') },
        { to: '/sessies/afgerond', label: t('summaries.nav') },
        { to: '/bibliotheek', label: t('library.nav') },
        { to: PATHS.pool, label: t('app.nav.pool') },
        { to: PATHS.cases, label: t('cases.nav') },
        { to: PATHS.profile, label: t('app.nav.profile') },
        { to: PATHS.account, label: t('app.nav.account') },
        ...(user.role === 'participant'
          ? []
          : [
              { to: PATHS.rounds, label: t('app.nav.rounds') },
              { to: PATHS.sparNow, label: t('app.nav.sparNow') },
              { to: PATHS.console, label: t('app.nav.console') },
            ]),
      ]
    : [
        { to: PATHS.home, label: t('app.nav.home') },
        { to: PATHS.login, label: t('app.nav.signIn') },
      ];

  return (
    <nav className="utrecht-nav-bar ods-nav-bar" aria-label={t('app.nav.label')}>
      <div className="utrecht-nav-bar__content ods-nav-bar__content">
        <button
          ref={button}
          type="button"
          className="utrecht-button utrecht-button--secondary-action ods-menu-button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <span className="ods-menu-button__icon" aria-hidden="true" />
          {t('app.nav.menu')}
        </button>
        <div id={MENU_ID} className="ods-nav-bar__menu" data-open={open ? '' : undefined}>
          <ul className="utrecht-nav-list">
            {items.map((item) => (
              <li key={item.to} className="utrecht-nav-list__item">
                <NavLink to={item.to} end className="utrecht-nav-list__link ods-nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          {user ? <SignOutButton /> : null}
        </div>
      </div>
    </nav>
  );
}
