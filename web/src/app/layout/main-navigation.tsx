import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button.tsx';
import { useCurrentUser } from '../../lib/queries/session.ts';
import { PATHS } from '../../lib/routing/paths.ts';

type NavItem = { to: string; label: string };

/** Main menu: what a visitor or a signed-in participant can go to. NavLink marks the current page. */
export function MainNavigation() {
  const { t } = useTranslation();
  const user = useCurrentUser();
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
            ]),
      ]
    : [
        { to: PATHS.home, label: t('app.nav.home') },
        { to: PATHS.login, label: t('app.nav.signIn') },
      ];
  return (
    <nav className="utrecht-nav-bar ods-nav-bar" aria-label={t('app.nav.label')}>
      <div className="utrecht-nav-bar__content ods-nav-bar__content">
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
    </nav>
  );
}
