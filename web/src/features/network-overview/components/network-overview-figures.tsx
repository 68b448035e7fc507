import { Suspense } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useParticipation } from '../api/participation.ts';
import type { OverviewAggregates } from '../model/overview-data.ts';
import { LazyOverviewCharts, LazyParticipationMap } from './network-overview-lazy.tsx';

type NetworkOverviewFiguresProps = {
  networkId: string;
  /** The network's overview of one year, as the console fetched it. */
  overview: OverviewAggregates;
  headingLevel: 2 | 3 | 4;
};

/** The map of a network and the charts of its year, loaded (with their library) on demand. */
export function NetworkOverviewFigures({
  networkId,
  overview,
  headingLevel,
}: NetworkOverviewFiguresProps) {
  const { t } = useTranslation();
  const participation = useParticipation(networkId);
  const loading = <Paragraph role="status">{t('networkOverview.loading')}</Paragraph>;
  return (
    <Suspense fallback={loading}>
      {participation.data ? (
        <LazyParticipationMap data={participation.data} headingLevel={headingLevel} />
      ) : participation.isError ? (
        <Alert type="warning">{t('networkOverview.map.unavailable')}</Alert>
      ) : (
        loading
      )}
      <LazyOverviewCharts overview={overview} headingLevel={headingLevel} />
    </Suspense>
  );
}
