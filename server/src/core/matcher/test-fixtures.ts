import type { SizeClass } from '@ods/shared/municipality';
import { matchSettings } from './settings.ts';
import type { MatchInput, MatchSettings, MatchSlot, MatchTopic, PoolPerson } from './types.ts';

/** Reference time of the fixtures: Tuesday 1 December 2026, 09:00 in Amsterdam. */
export const NOW = '2026-12-01T08:00:00.000Z';

export const TOPICS: MatchTopic[] = [
  { slug: 'schuldhulpverlening', nameNl: 'Schuldhulpverlening', nameEn: 'Debt assistance' },
  { slug: 'jeugdhulp', nameNl: 'Jeugdhulp', nameEn: 'Youth care' },
];

/** Tuesday 1 December 2026 14:00 and Thursday 3 December 10:00 (Amsterdam), and one in January. */
export const SLOTS: MatchSlot[] = [
  { id: 'tue', startsAt: '2026-12-01T13:00:00.000Z', endsAt: '2026-12-01T14:00:00.000Z' },
  { id: 'thu', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T10:00:00.000Z' },
  { id: 'jan', startsAt: '2027-01-05T09:00:00.000Z', endsAt: '2027-01-05T10:00:00.000Z' },
];

const SIZES: SizeClass[] = ['klein', 'middelgroot', 'groot', 'zeer-groot', 'grootste'];

/** A person with harmless defaults: own municipality and organisation, free at 'tue' and 'thu'. */
export function person(id: string, overrides: Partial<PoolPerson> = {}): PoolPerson {
  const n = Number(id.replace(/\D/g, '')) || 0;
  return {
    id,
    organisationId: `org-${id}`,
    municipalityCode: `GM-${id}`,
    sizeClass: SIZES[n % SIZES.length]!,
    provinceCode: `PV${n % 12}`,
    province: `Provincie ${n % 12}`,
    regionCode: `AM${n % 35}`,
    topics: [{ slug: 'schuldhulpverlening', level: n % 2 === 0 ? 'ervaren' : 'wil-leren' }],
    availableSlotIds: ['tue', 'thu'],
    frequencyWeeks: 4,
    lastSessionAt: null,
    sessionsThisMonth: 0,
    metBefore: [],
    sparAgain: [],
    avoidOrganisationIds: [],
    ...overrides,
  };
}

/** A match input around the given pool, with fixture slots and topics. */
export function input(
  pool: PoolPerson[],
  extra: { cases?: MatchInput['cases']; settings?: Partial<MatchSettings> } = {},
): MatchInput {
  return {
    pool,
    cases: extra.cases ?? [],
    slots: SLOTS,
    topics: TOPICS,
    settings: matchSettings({ now: NOW, seed: 1, poolSize: pool.length }, extra.settings),
  };
}

/** Ids of the members of every group, for comparisons that ignore roles and order. */
export function memberSets(groups: { members: { id: string }[] }[]): string[][] {
  return groups.map((g) => g.members.map((m) => m.id).sort());
}
