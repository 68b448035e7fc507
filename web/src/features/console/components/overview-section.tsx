import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { OverviewMonth } from '@ods/shared/api/console';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { NetworkOverviewFigures } from '../../network-overview/components/network-overview-figures.tsx';
import { overviewCsvUrl, useOverview } from '../api/networks.ts';
import { ConsoleSection } from './console-section.tsx';

const COUNTS = ['signUps', 'sessionsHeld', 'attended', 'invited'] as const;
const RATIOS = ['averageRating', 'mixedSizeShare', 'mixedRegionShare'] as const;

/**
 * The overview of a calendar year, aggregates only: counts below 5 read "< 5", and a second
 * count is hidden with a lone one, so no total gives a hidden count away.
 */
export function OverviewSection({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const overview = useOverview(networkId, year);
  const count = (value: number | null) => (value === null ? t('console.overview.small') : value);
  const ratio = (key: (typeof RATIOS)[number], value: number | null) =>
    value === null
      ? '–'
      : key === 'averageRating'
        ? value.toLocaleString(language)
        : `${Math.round(value * 100)}%`;
  const month = (m: OverviewMonth) =>
    new Date(`${m.month}-15T12:00:00Z`).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });

  return (
    <ConsoleSection id="overzicht" heading={t('console.overview.heading')}>
      <Paragraph>{t('console.overview.description')}</Paragraph>
      <SelectField
        id="overview-year"
        label={t('console.overview.year')}
        placeholder={t('console.overview.year')}
        value={String(year)}
        onChange={(value) => setYear(Number(value))}
        groups={[
          {
            label: '',
            options: [thisYear, thisYear - 1, thisYear - 2].map((y) => ({
              value: String(y),
              label: String(y),
            })),
          },
        ]}
      />
      {overview.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : overview.isError ? (
        <Alert type="error">{t('console.loadError')}</Alert>
      ) : (
        <>
          <DataTable
            caption={t('console.overview.caption', { year })}
            columns={[
              t('console.overview.month'),
              ...[...COUNTS, ...RATIOS].map((key) => t(`console.overview.columns.${key}`)),
            ]}
            rows={overview.data.months.map((m) => ({
              key: m.month,
              cells: [
                month(m),
                ...COUNTS.map((key) => count(m[key])),
                ...RATIOS.map((key) => ratio(key, m[key])),
              ],
            }))}
            footer={[
              t('console.overview.total'),
              ...COUNTS.map((key) => count(overview.data.totals[key])),
              ...RATIOS.map(() => ''),
            ]}
          />
          <DataTable
            caption={t('console.overview.topicsCaption', { year })}
            columns={[t('console.topics.topic'), t('console.overview.published')]}
            rows={overview.data.publishedPerTopic.map((topic) => ({
              key: topic.slug,
              cells: [topic.name[language], count(topic.published)],
            }))}
          />
          <a
            href={overviewCsvUrl(networkId, year)}
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t('console.overview.csv', { year })}
          </a>
          {/* The same aggregates as a map and charts, with their library loaded only here. */}
          <NetworkOverviewFigures networkId={networkId} overview={overview.data} headingLevel={4} />
        </>
      )}
    </ConsoleSection>
  );
}
