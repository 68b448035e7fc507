/**
 * The aggregates the overview shows, as plain data. The shape is that of `NetworkOverview` in
 * shared/src/api/console.ts (branch console): a count is a number, or null where it is hidden
 * ("< 5"); an average or share is null where it rests on fewer than five ratings or sessions.
 */
export type Cell = number | null;

export interface OverviewMonth {
  /** YYYY-MM */
  month: string;
  signUps: Cell;
  sessionsHeld: Cell;
  attended: Cell;
  invited: Cell;
  averageRating: number | null;
  mixedSizeShare: number | null;
  mixedRegionShare: number | null;
}

export interface TopicCount {
  slug: string;
  name: { nl: string; en: string };
  published: Cell;
}

export interface OverviewAggregates {
  months: OverviewMonth[];
  publishedPerTopic: TopicCount[];
  /** The smallest count shown; smaller ones are "< 5". */
  threshold: number;
}
