import '../network-overview.css';
import { useMemo } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type nl from '../../../lib/i18n/nl.json';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { cellText, hideSmall, monthText, ratingText, shareText } from '../model/cells.ts';
import type { OverviewAggregates, OverviewMonth } from '../model/overview-data.ts';
import { ChartBlock } from './chart-block.tsx';
import { countBars, monthLines } from './chart-options.ts';

type OverviewChartsProps = {
  overview: OverviewAggregates;
  /** The level of each chart's heading, under the page's or section's own. */
  headingLevel?: 2 | 3 | 4;
};
type ChartText = Exclude<
  keyof typeof nl.networkOverview.charts,
  'lead' | 'tableToggle' | 'heading'
>;

/**
 * The monthly aggregates as charts, each with the same figures as a table: sign-ups, sessions
 * held, attendance, average rating, the share of mixed groups, and published summaries per topic.
 */
export function OverviewCharts({ overview, headingLevel = 3 }: OverviewChartsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { months, threshold } = overview;
  const tr = (key: ChartText) => t(`networkOverview.charts.${key}` as const);
  const count = (value: number | null) => cellText(value, threshold, language);
  const monthColumn = tr('month');

  const charts = useMemo(() => {
    const point = (m: OverviewMonth, value: number | null) => ({
      key: m.month,
      label: monthText(m.month, language, 'short'),
      value,
    });
    const counts = (pick: (m: OverviewMonth) => number | null) =>
      months.map((m) => point(m, hideSmall(pick(m), threshold)));
    const topics = overview.publishedPerTopic.map((topic) => ({
      key: topic.slug,
      label: topic.name[language],
      value: topic.published,
    }));
    return {
      signUps: countBars(
        counts((m) => m.signUps),
        threshold,
        tr('signUpsAxis'),
      ),
      sessions: countBars(
        counts((m) => m.sessionsHeld),
        threshold,
        tr('sessionsAxis'),
      ),
      attendance: monthLines(
        [
          { name: tr('invited'), points: counts((m) => m.invited) },
          { name: tr('attended'), points: counts((m) => m.attended) },
        ],
        { valueLabel: tr('peopleAxis'), zero: true },
      ),
      rating: monthLines(
        [{ name: tr('rating'), points: months.map((m) => point(m, m.averageRating)) }],
        {
          valueLabel: tr('ratingAxis'),
          domain: [1, 5],
        },
      ),
      mixed: monthLines(
        [
          { name: tr('mixedSize'), points: months.map((m) => point(m, m.mixedSizeShare)) },
          { name: tr('mixedRegion'), points: months.map((m) => point(m, m.mixedRegionShare)) },
        ],
        { valueLabel: tr('shareAxis'), domain: [0, 1], percent: true },
      ),
      topics: countBars(topics, threshold, tr('summariesAxis'), 'horizontal'),
    };
    // tr only reads t, which changes with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [months, overview.publishedPerTopic, threshold, language, t]);

  const monthRows = (cells: (m: OverviewMonth) => string[]) =>
    months.map((m) => ({
      key: m.month,
      cells: [monthText(m.month, language, 'long'), ...cells(m)],
    }));
  const tooFew = (text: string | null, key: 'tooFewRatings' | 'tooFewSessions') => text ?? tr(key);

  return (
    <div className="ods-overview__section">
      <Paragraph>{t('networkOverview.charts.lead', { threshold })}</Paragraph>
      <ChartBlock
        level={headingLevel}
        title={tr('signUps')}
        label={tr('signUpsLabel')}
        options={charts.signUps}
        table={{
          columns: [monthColumn, tr('signUpsAxis')],
          rows: monthRows((m) => [count(m.signUps)]),
        }}
      />
      <ChartBlock
        level={headingLevel}
        title={tr('sessions')}
        label={tr('sessionsLabel')}
        options={charts.sessions}
        table={{
          columns: [monthColumn, tr('sessionsAxis')],
          rows: monthRows((m) => [count(m.sessionsHeld)]),
        }}
      />
      <ChartBlock
        level={headingLevel}
        title={tr('attendance')}
        label={tr('attendanceLabel')}
        options={charts.attendance}
        table={{
          columns: [monthColumn, tr('invited'), tr('attended')],
          rows: monthRows((m) => [count(m.invited), count(m.attended)]),
        }}
      />
      <ChartBlock
        level={headingLevel}
        title={tr('rating')}
        label={tr('ratingLabel')}
        options={charts.rating}
        table={{
          columns: [monthColumn, tr('rating')],
          rows: monthRows((m) => [tooFew(ratingText(m.averageRating, language), 'tooFewRatings')]),
        }}
      />
      <ChartBlock
        level={headingLevel}
        title={tr('mixed')}
        label={tr('mixedLabel')}
        options={charts.mixed}
        table={{
          columns: [monthColumn, tr('mixedSize'), tr('mixedRegion')],
          rows: monthRows((m) => [
            tooFew(shareText(m.mixedSizeShare, language), 'tooFewSessions'),
            tooFew(shareText(m.mixedRegionShare, language), 'tooFewSessions'),
          ]),
        }}
      />
      <ChartBlock
        level={headingLevel}
        title={tr('topics')}
        label={tr('topicsLabel')}
        options={charts.topics}
        table={{
          columns: [tr('topic'), tr('summariesAxis')],
          rows: overview.publishedPerTopic.map((topic) => ({
            key: topic.slug,
            cells: [topic.name[language], count(topic.published)],
          })),
        }}
      />
    </div>
  );
}
