import { SMALL_CELL, suppressColumn, suppressOverParts } from './suppress.ts';

/** One held session of the network, reduced to what the overview counts. */
export interface HeldSession {
  month: string;
  invited: number;
  attended: number;
  sizeClasses: number;
  regions: number;
}

export interface OverviewInput {
  /** YYYY-MM of each month shown, in order. */
  months: string[];
  /**
   * Sign-ups per month, one column per part of the population (organisations in the same
   * networks): suppressed per part, so no two networks' overviews can be subtracted into a
   * hidden cell.
   */
  signUpParts: number[][];
  sessions: HeldSession[];
  /** Ratings per month: their sum and how many. */
  ratings: Map<string, { sum: number; count: number }>;
  /** Published summaries per topic (after the network's merges). */
  published: Map<string, number>;
}

export interface OverviewMonthCells {
  month: string;
  signUps: number | null;
  sessionsHeld: number | null;
  attended: number | null;
  invited: number | null;
  averageRating: number | null;
  mixedSizeShare: number | null;
  mixedRegionShare: number | null;
}

export interface OverviewCells {
  months: OverviewMonthCells[];
  totals: {
    signUps: number | null;
    sessionsHeld: number | null;
    attended: number | null;
    invited: number | null;
  };
  published: { slug: string; count: number | null }[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The overview's cells from plain counts: small counts hidden, with complementary suppression
 * per column so the totals give no hidden cell away; averages and shares only over five or
 * more (ratings, sessions), so no single rating or group can be read from them.
 */
export function overviewCells(input: OverviewInput): OverviewCells {
  const per = <T>(pick: (month: string) => T) => input.months.map(pick);
  const sessionsOf = (month: string) => input.sessions.filter((s) => s.month === month);
  const signUps = suppressOverParts(input.months.length, input.signUpParts);
  const held = suppressColumn(per((m) => sessionsOf(m).length));
  const attended = suppressColumn(per((m) => sessionsOf(m).reduce((n, s) => n + s.attended, 0)));
  const invited = suppressColumn(per((m) => sessionsOf(m).reduce((n, s) => n + s.invited, 0)));
  // A share is only shown beside a shown count: its denominator would give the count away.
  const share = (month: string, pick: (s: HeldSession) => number) => {
    const sessions = sessionsOf(month);
    if (held.cells[input.months.indexOf(month)] === null || sessions.length < SMALL_CELL)
      return null;
    return round(sessions.filter((s) => pick(s) >= 3).length / sessions.length, 2);
  };
  const slugs = [...input.published.keys()].sort();
  const published = suppressColumn(slugs.map((slug) => input.published.get(slug) ?? 0));
  return {
    months: input.months.map((month, i) => {
      const rating = input.ratings.get(month);
      return {
        month,
        signUps: signUps.cells[i]!,
        sessionsHeld: held.cells[i]!,
        attended: attended.cells[i]!,
        invited: invited.cells[i]!,
        averageRating:
          rating && rating.count >= SMALL_CELL ? round(rating.sum / rating.count, 1) : null,
        mixedSizeShare: share(month, (s) => s.sizeClasses),
        mixedRegionShare: share(month, (s) => s.regions),
      };
    }),
    totals: {
      signUps: signUps.total,
      sessionsHeld: held.total,
      attended: attended.total,
      invited: invited.total,
    },
    published: slugs.map((slug, i) => ({ slug, count: published.cells[i]! })),
  };
}
