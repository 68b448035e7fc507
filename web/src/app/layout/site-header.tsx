import { useTranslation } from '../../lib/i18n/use-translation.ts';
import { Link } from 'react-router';
import { PATHS } from '../../lib/routing/paths.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNavigation } from './main-navigation.tsx';

/** The page header: product name (links home), language switch, then the main navigation. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <>
      <header className="utrecht-page-header ods-page-header">
        <div className="utrecht-page-header__content ods-page-header__content">
          <Link to={PATHS.home} className="ods-product-name">
            <span className="ods-product-name__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <MainNavigation />
    </>
  );
}
