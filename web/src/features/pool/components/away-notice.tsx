import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { AwayPeriod } from '@ods/shared/api/profile';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Link } from '../../../lib/ui/link.tsx';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Tells people which coming days they are away, so they know no group is planned then. */
export function AwayNotice({ periods }: { periods: readonly AwayPeriod[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const texts = periods.map((period) =>
    period.from === period.to
      ? t('pool.awayDay', { date: formatDate(period.from, language) })
      : t('pool.awayPeriod', {
          from: formatDate(period.from, language),
          to: formatDate(period.to, language),
        }),
  );
  const list = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(texts);
  return (
    <Alert type="info">
      {t('pool.away', { periods: list })}{' '}
      <Link to={`${PATHS.account}#away`}>{t('pool.awayLink')}</Link>
    </Alert>
  );
}
