import type { AwayPeriod } from '@ods/shared/api/profile';

/**
 * The away periods the matching will still skip: those that end today or later, earliest
 * first. `today` is the local date (YYYY-MM-DD) in the Netherlands.
 */
export function upcomingAwayPeriods(periods: readonly AwayPeriod[], today: string): AwayPeriod[] {
  return periods
    .filter((period) => period.to >= today)
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Today's date in the Netherlands as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}
