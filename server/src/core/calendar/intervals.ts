import type { BusyInterval } from '../slots/types.ts';

export type MillisInterval = { start: number; end: number };

/** Clips intervals to a range, drops empty ones, and joins overlapping or touching ones, sorted. */
export function clipAndMerge(
  intervals: readonly MillisInterval[],
  range: MillisInterval,
): BusyInterval[] {
  const clipped = intervals
    .map((interval) => ({
      start: Math.max(interval.start, range.start),
      end: Math.min(interval.end, range.end),
    }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: MillisInterval[] = [];
  for (const interval of clipped) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged.map((interval) => ({
    start: new Date(interval.start).toISOString(),
    end: new Date(interval.end).toISOString(),
  }));
}
