import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';

/** Sets the document title to "<page> · Over de schutting", as screen readers announce it first. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}
