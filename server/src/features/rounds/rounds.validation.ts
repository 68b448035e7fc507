import { DateTime } from 'luxon';
import {
  ROUND_LIMITS,
  ROUND_PAGE,
  type ProposeRoundRequest,
  type RoundPageQuery,
  type SessionMinutes,
} from '@ods/shared';
import { FieldErrors } from '../../errors.ts';
import type { Localised } from '../../lib/language.ts';
import type { RoundPageRequest } from './rounds.repository.ts';

/** A propose request with the defaults filled in. */
export interface RoundRequest {
  periodStart: string;
  periodEnd: string;
  sessionMinutes: SessionMinutes;
  groupSizeMin: number;
  groupSizeMax: number;
  seed: number | undefined;
}

/**
 * Fills in the defaults: 60-minute sessions and groups of 3–5; a bound given alone moves the
 * other one along when needed (only a maximum of 3 gives groups of 3–3, not an error).
 */
export function withDefaults(input: ProposeRoundRequest): RoundRequest {
  const { defaultGroupSizeMin, defaultGroupSizeMax } = ROUND_LIMITS;
  return {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    sessionMinutes: input.sessionMinutes ?? 60,
    groupSizeMin: input.groupSizeMin ?? Math.min(defaultGroupSizeMin, input.groupSizeMax ?? 6),
    groupSizeMax: input.groupSizeMax ?? Math.max(defaultGroupSizeMax, input.groupSizeMin ?? 3),
    seed: input.seed,
  };
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Today's date in Europe/Amsterdam. */
export function amsterdamToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'Europe/Amsterdam' }).toISODate() ?? '';
}

/** The checks a schema cannot make, as per-field messages (empty when all is well). */
export function roundRequestProblems(request: RoundRequest, now: Date): Record<string, Localised> {
  const problems: Record<string, Localised> = {};
  const days = dayNumber(request.periodEnd) - dayNumber(request.periodStart) + 1;
  if (days <= 1) {
    problems.periodEnd = {
      nl: 'De einddatum moet na de begindatum liggen.',
      en: 'The end date must be after the start date.',
    };
  } else if (days > ROUND_LIMITS.periodDaysMax) {
    problems.periodEnd = {
      nl: 'Een ronde beslaat hoogstens 8 weken. Kies een eerdere einddatum.',
      en: 'A round covers at most 8 weeks. Choose an earlier end date.',
    };
  } else if (request.periodEnd < amsterdamToday(now)) {
    problems.periodEnd = {
      nl: 'Deze periode ligt al achter ons. Kies een periode in de toekomst.',
      en: 'This period is already over. Choose a period in the future.',
    };
  }
  if (request.groupSizeMin > request.groupSizeMax) {
    problems.groupSizeMin = {
      nl: `De kleinste groepsgrootte mag niet groter zijn dan de grootste (${request.groupSizeMax}).`,
      en: `The smallest group size may not exceed the largest (${request.groupSizeMax}).`,
    };
  }
  return problems;
}

/** The message when a period has no moment left to plan a session in. */
export const NO_SLOTS_IN_PERIOD: Localised = {
  nl: 'In deze periode is geen moment meer te plannen: sessies vallen op werkdagen tussen 9:00 en 17:00, minstens twee werkdagen vanaf vandaag.',
  en: 'There is no time left to plan in this period: sessions fall on working days between 9:00 and 17:00, at least two working days from today.',
};

/**
 * The page of a round a request asks for, as numbers; a page larger than the largest one
 * answered is refused with the largest allowed, rather than silently cut.
 */
export function roundPageOf(query: RoundPageQuery): RoundPageRequest {
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const page: RoundPageRequest = {
    groupOffset: number(query.groupOffset),
    groupLimit: number(query.groupLimit),
    leftOutOffset: number(query.leftOutOffset),
    leftOutLimit: number(query.leftOutLimit),
  };
  const problems: Record<string, Localised> = {};
  if ((page.groupLimit ?? 0) > ROUND_PAGE.groupsMax)
    problems.groupLimit = {
      nl: `Vraag ten hoogste ${ROUND_PAGE.groupsMax} groepen tegelijk op.`,
      en: `Ask for at most ${ROUND_PAGE.groupsMax} groups at a time.`,
    };
  if ((page.leftOutLimit ?? 0) > ROUND_PAGE.leftOutMax)
    problems.leftOutLimit = {
      nl: `Vraag ten hoogste ${ROUND_PAGE.leftOutMax} mensen tegelijk op.`,
      en: `Ask for at most ${ROUND_PAGE.leftOutMax} people at a time.`,
    };
  if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
  return page;
}
