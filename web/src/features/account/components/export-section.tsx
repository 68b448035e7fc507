import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { ACCOUNT_EXPORT_URL } from '../api/export-account.ts';
import { AccountSection } from './account-section.tsx';

/** Download all own data (the AVG right of access and data portability). */
export function ExportSection() {
  const { t } = useTranslation();
  return (
    <AccountSection id="export" heading={t('account.export.heading')}>
      <p className="utrecht-paragraph">{t('account.export.description')}</p>
      <a
        href={ACCOUNT_EXPORT_URL}
        download
        className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
      >
        {t('account.export.link')}
      </a>
    </AccountSection>
  );
}
