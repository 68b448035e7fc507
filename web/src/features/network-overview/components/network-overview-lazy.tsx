import { lazy } from 'react';

// The map and the charts load with their library (Observable Plot, topojson) only when a page
// shows them, so no other page, and never the landing page, carries it.

/** The participation map, loaded on first use. */
export const LazyParticipationMap = lazy(async () => ({
  default: (await import('./participation-map.tsx')).ParticipationMap,
}));

/** The monthly charts, loaded on first use. */
export const LazyOverviewCharts = lazy(async () => ({
  default: (await import('./overview-charts.tsx')).OverviewCharts,
}));
