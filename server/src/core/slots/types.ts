import type { AvailabilityBlock } from '@ods/shared/availability';
import type { LocalDate } from './zone.ts';

/** A moment a session could take place; `id` is the UTC start, stable across runs. */
export type Slot = { id: string; startsAt: string; endsAt: string };

/** A span of local dates, both ends included. */
export type AwayDates = { from: LocalDate; to: LocalDate };

/** A busy span from a linked calendar, UTC ISO instants, end exclusive. */
export type BusyInterval = { start: string; end: string };

/** Everything that decides when one person can meet. */
export type PersonAvailability = {
  weekly: readonly AvailabilityBlock[];
  awayDates: readonly AwayDates[];
  busy: readonly BusyInterval[];
};

export type SessionMinutes = 45 | 60 | 90;

/** Minutes since local midnight, start inclusive, end exclusive. */
export type MinuteRange = { startMinute: number; endMinute: number };
