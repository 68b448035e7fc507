import { LIMITS } from '@ods/shared/api/limits';
import type { AwayPeriod } from '@ods/shared/api/profile';
import type { FormErrors } from '../../../lib/forms/form-errors.ts';

// Dates here are local calendar dates written YYYY-MM-DD, so comparing the strings compares
// the dates. "today" is always a parameter: the caller decides which day it is.

/** The two inputs of a new away period; empty strings until filled in. */
export type AwayPeriodDraft = { from: string; to: string };

export const AWAY_FIELDS = ['from', 'to'] as const;
export type AwayField = (typeof AWAY_FIELDS)[number];

export type AwayProblem =
  'fromRequired' | 'toRequired' | 'fromInPast' | 'toBeforeFrom' | 'overlaps' | 'tooMany';

/** Periods that have not ended yet, earliest first; periods that are over no longer matter. */
export function currentAwayPeriods(periods: readonly AwayPeriod[], today: string): AwayPeriod[] {
  return periods
    .filter((period) => period.to >= today)
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/**
 * What is wrong with a new period, per input: both dates given, not starting in the past, the
 * end not before the start, not overlapping a period already planned, and room for one more.
 */
export function awayPeriodProblems(
  draft: AwayPeriodDraft,
  planned: readonly AwayPeriod[],
  today: string,
): Partial<Record<AwayField, AwayProblem>> {
  const problems: Partial<Record<AwayField, AwayProblem>> = {};
  if (draft.from === '') problems.from = 'fromRequired';
  else if (draft.from < today) problems.from = 'fromInPast';
  if (draft.to === '') problems.to = 'toRequired';
  else if (draft.from !== '' && draft.to < draft.from) problems.to = 'toBeforeFrom';
  if (problems.from || problems.to) return problems;
  if (planned.some((period) => draft.from <= period.to && draft.to >= period.from)) {
    problems.from = 'overlaps';
  } else if (planned.length >= LIMITS.awayPeriodsMax) {
    problems.from = 'tooMany';
  }
  return problems;
}

/**
 * The periods to save after adding one. The new period goes first, so a server message about
 * `awayPeriods.0` is about the period just entered; periods that are over are dropped.
 */
export function withAwayPeriodAdded(
  saved: readonly AwayPeriod[],
  period: AwayPeriod,
  today: string,
): AwayPeriod[] {
  return [period, ...currentAwayPeriods(saved, today)];
}

/** The periods to save after removing one (matched by its dates); periods that are over go too. */
export function withAwayPeriodRemoved(
  saved: readonly AwayPeriod[],
  removed: AwayPeriod,
  today: string,
): AwayPeriod[] {
  return currentAwayPeriods(saved, today).filter(
    (period) => period.from !== removed.from || period.to !== removed.to,
  );
}

/**
 * Places the server's field messages on the new period's inputs: `awayPeriods.0.from` on the
 * start date, `awayPeriods.0` and `awayPeriods.0.to` on the end date (the server's own check is
 * "end before start"). Anything else is shown for the section as a whole.
 */
export function awayErrorsFromServer(fields: Readonly<Record<string, string>>): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  for (const [path, message] of Object.entries(fields)) {
    const [root, index, field] = path.split('.');
    if (root !== 'awayPeriods' || index !== '0') errors.general.push(message);
    else errors.fields[field === 'from' ? 'from' : 'to'] ??= message;
  }
  return errors;
}
