/**
 * The aggregates the charts show: the console's overview (shared/src/api/console.ts). A count
 * is a number, or null where it is hidden ("< 5"); an average or share is null where it rests
 * on fewer than five ratings or sessions.
 */
export type { NetworkOverview as OverviewAggregates, OverviewMonth } from '@ods/shared/api/console';

export type Cell = number | null;
