/**
 * Weekly availability: the blocks in which someone can meet, in Europe/Amsterdam wall time.
 * The same rules run in the profile form (instant feedback) and on the server (the truth),
 * so they live here, free of Node and DOM.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One weekly block: minutes since local midnight, start inclusive, end exclusive (1440 = midnight). */
export type AvailabilityBlock = {
  weekday: number;
  startMinute: number;
  endMinute: number;
};

export const MINUTES_PER_DAY = 1440;

export type AvailabilityErrorCode =
  'weekday' | 'start-range' | 'end-range' | 'start-not-before-end' | 'overlap';

/** A problem with one block, with a message for each interface language. */
export type AvailabilityError = {
  /** Index of the offending block in the list that was validated. */
  index: number;
  code: AvailabilityErrorCode;
  message: { nl: string; en: string };
};

/** "09:30" for 570; 1440 is shown as "24:00" so a block until midnight reads naturally. */
export function formatMinute(minute: number): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const WEEKDAY_NAMES = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

function isWeekday(value: number): value is Weekday {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

function ownProblems(block: AvailabilityBlock, index: number): AvailabilityError[] {
  const errors: AvailabilityError[] = [];
  if (!isWeekday(block.weekday)) {
    errors.push({
      index,
      code: 'weekday',
      message: { nl: 'Kies een dag van de week.', en: 'Choose a day of the week.' },
    });
  }
  const startInDay =
    Number.isInteger(block.startMinute) &&
    block.startMinute >= 0 &&
    block.startMinute < MINUTES_PER_DAY;
  const endInDay =
    Number.isInteger(block.endMinute) && block.endMinute > 0 && block.endMinute <= MINUTES_PER_DAY;
  if (!startInDay) {
    errors.push({
      index,
      code: 'start-range',
      message: {
        nl: 'De begintijd moet tussen 00:00 en 23:59 liggen.',
        en: 'The start time must be between 00:00 and 23:59.',
      },
    });
  }
  if (!endInDay) {
    errors.push({
      index,
      code: 'end-range',
      message: {
        nl: 'De eindtijd moet tussen 00:01 en 24:00 liggen.',
        en: 'The end time must be between 00:01 and 24:00.',
      },
    });
  }
  if (startInDay && endInDay && block.startMinute >= block.endMinute) {
    errors.push({
      index,
      code: 'start-not-before-end',
      message: {
        nl: 'De begintijd moet vóór de eindtijd liggen.',
        en: 'The start time must be before the end time.',
      },
    });
  }
  return errors;
}

function overlapError(index: number, other: AvailabilityBlock): AvailabilityError {
  const day = other.weekday - 1;
  const span = `${formatMinute(other.startMinute)}–${formatMinute(other.endMinute)}`;
  return {
    index,
    code: 'overlap',
    message: {
      nl: `Dit blok overlapt met ${WEEKDAY_NAMES.nl[day] ?? ''} ${span}.`,
      en: `This block overlaps with ${WEEKDAY_NAMES.en[day] ?? ''} ${span}.`,
    },
  };
}

/**
 * Checks a list of weekly blocks: each inside one day with its start before its end, and no two
 * blocks on the same weekday overlapping (touching, such as 09:00–12:00 and 12:00–17:00, is fine).
 * Returns every problem found, per block; an empty list means the blocks are valid.
 */
export function validateAvailability(blocks: readonly AvailabilityBlock[]): AvailabilityError[] {
  const errors = blocks.flatMap((block, index) => ownProblems(block, index));
  const wellFormed = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ index }) => !errors.some((error) => error.index === index));
  for (const current of wellFormed) {
    // Report an overlap on the later block only, so the person sees it once, next to the newer entry.
    const earlier = wellFormed.find(
      (other) =>
        other.index < current.index &&
        other.block.weekday === current.block.weekday &&
        other.block.startMinute < current.block.endMinute &&
        current.block.startMinute < other.block.endMinute,
    );
    if (earlier) errors.push(overlapError(current.index, earlier.block));
  }
  return errors.sort((a, b) => a.index - b.index);
}
