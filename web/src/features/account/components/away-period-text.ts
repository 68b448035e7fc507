import { useCallback } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { AwayPeriod } from '@ods/shared/api/profile';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

/** Writes an away period as people read it: one date, or "from … to … (inclusive)". */
export function useAwayPeriodText(): (period: AwayPeriod) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (period: AwayPeriod) =>
      period.from === period.to
        ? formatDate(period.from, language)
        : t('account.away.period', {
            from: formatDate(period.from, language),
            to: formatDate(period.to, language),
          }),
    [t, language],
  );
}
