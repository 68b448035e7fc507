import { useTranslation } from '../../lib/i18n/use-translation.ts';
import { PATHS } from '../../lib/routing/paths.ts';
import { Link } from '../../lib/ui/link.tsx';

/** Footer with the statements Dutch public services link from every page. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer ods-page-footer">
      <div className="utrecht-page-footer__content">
        <p className="utrecht-paragraph">{t('app.footer.tagline')}</p>
        <nav aria-label={t('app.footer.label')}>
          <ul className="ods-footer-links">
            <li>
              <Link to={PATHS.privacy}>{t('app.footer.privacy')}</Link>
            </li>
            <li>
              <Link to={PATHS.accessibility}>{t('app.footer.accessibility')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
