import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatMoment } from '../../../lib/i18n/format-time.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useAudit } from '../api/get-audit.ts';
import { AccountSection } from './account-section.tsx';

/**
 * "Wie heeft mijn gegevens bekeken": every time a coordinator or admin was shown one's record
 * (planning a round, running a session), newest first.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const audit = useAudit();
  return (
    <AccountSection id="inzage" heading={t('account.audit.heading')}>
      <Paragraph>{t('account.audit.description')}</Paragraph>
      {audit.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : audit.isError ? (
        <Alert type="error">{t('account.audit.loadError')}</Alert>
      ) : audit.data.entries.length === 0 ? (
        <Paragraph>{t('account.audit.empty')}</Paragraph>
      ) : (
        <div className="ods-wrapping-table">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">
              {audit.data.total > audit.data.entries.length
                ? t('account.audit.captionLatest', {
                    shown: audit.data.entries.length,
                    total: audit.data.total,
                  })
                : t('account.audit.caption', { count: audit.data.total })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('account.audit.when')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('account.audit.who')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('account.audit.why')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {audit.data.entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatMoment(entry.at, language)}</td>
                  <td className="utrecht-table__cell">
                    {t(`account.audit.roles.${entry.actorRole}`, {
                      name: entry.actorName,
                      network: entry.networkName ?? '',
                    })}
                  </td>
                  <td className="utrecht-table__cell">
                    {t(`account.audit.purposes.${entry.purpose}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AccountSection>
  );
}
