import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadTopics } from '@ods/db/reference-data';
import { generatePopulation } from '../population/generate-population.ts';
import { generateSlots } from '../population/generate-slots.ts';
import { matchRound } from './match-round.ts';
import { matchSettings } from './settings.ts';
import { NOW, SLOTS, TOPICS } from './test-fixtures.ts';
import type { MatchInput, PoolPerson } from './types.ts';
import { validateResult } from './validate.ts';

const LAST_SESSIONS = [
  null,
  '2026-11-28T10:00:00.000Z',
  '2026-11-10T10:00:00.000Z',
  '2026-08-01T10:00:00.000Z',
];

/** Small pools with few municipalities and organisations, so the hard rules often bite. */
const personArb = (index: number, size: number): fc.Arbitrary<PoolPerson> =>
  fc.record({
    id: fc.constant(`p${index}`),
    organisationId: fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o6', `own-${index}`),
    municipalityCode: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'),
    sizeClass: fc.constantFrom('klein', 'middelgroot', 'groot', 'zeer-groot', 'grootste'),
    provinceCode: fc.constantFrom('PV1', 'PV2', 'PV3'),
    province: fc.constant('P'),
    regionCode: fc.constantFrom('AM1', 'AM2', 'AM3', 'AM4'),
    topics: fc
      .subarray(TOPICS.map((t) => t.slug))
      .chain((slugs) =>
        fc.tuple(
          ...slugs.map((slug) =>
            fc.record({ slug: fc.constant(slug), level: fc.constantFrom('ervaren', 'wil-leren') }),
          ),
        ),
      ),
    availableSlotIds: fc.subarray(SLOTS.map((s) => s.id)),
    frequencyWeeks: fc.constantFrom(2, 4, 8),
    lastSessionAt: fc.constantFrom(...LAST_SESSIONS),
    sessionsThisMonth: fc.integer({ min: 0, max: 3 }),
    metBefore: fc.array(
      fc.record({
        personId: fc.integer({ min: 0, max: size - 1 }).map((i) => `p${i}`),
        count: fc.integer({ min: 1, max: 4 }),
        lastMetAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2025-06-01T10:00:00.000Z'),
      }),
      { maxLength: 3 },
    ),
    sparAgain: fc.array(
      fc.integer({ min: 0, max: size - 1 }).map((i) => `p${i}`),
      { maxLength: 2 },
    ),
    avoidOrganisationIds: fc.subarray(['o1', 'o2', 'o3']),
  });

const inputArb: fc.Arbitrary<MatchInput> = fc.integer({ min: 0, max: 40 }).chain((size) =>
  fc
    .record({
      pool: fc.tuple(...Array.from({ length: size }, (_, i) => personArb(i, Math.max(size, 1)))),
      cases: fc.array(
        fc.record({
          ownerId: fc.integer({ min: 0, max: Math.max(size - 1, 0) }).map((i) => `p${i}`),
          topic: fc.constantFrom(...TOPICS.map((t) => t.slug)),
        }),
        { maxLength: 8 },
      ),
      min: fc.integer({ min: 2, max: 4 }),
      extra: fc.integer({ min: 0, max: 3 }),
      cap: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer(),
      budget: fc.integer({ min: 0, max: 3000 }),
    })
    .map(({ pool, cases, min, extra, cap, seed, budget }) => ({
      pool,
      cases: cases.map((c, i) => ({ ...c, id: `c${i}` })),
      slots: SLOTS,
      topics: TOPICS,
      settings: matchSettings(
        { now: NOW, seed },
        { groupSizeMin: min, groupSizeMax: min + extra, monthlyCap: cap, iterationBudget: budget },
      ),
    })),
);

describe('matchRound properties', () => {
  it('breaks no hard rule and accounts for everyone, for any small pool', () => {
    fc.assert(
      fc.property(inputArb, (matchInput) => {
        expect(validateResult(matchInput, matchRound(matchInput))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('breaks no hard rule on generated realistic pools', () => {
    const municipalities = loadMunicipalities();
    const topics = loadTopics().map((t) => ({ slug: t.slug, nameNl: t.nameNl, nameEn: t.nameEn }));
    const slots = generateSlots({
      firstDay: '2026-12-07',
      days: 7,
      times: ['09:30', '14:00'],
      lengthMinutes: 60,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer(), (size, seed) => {
        const population = generatePopulation({
          size,
          seed,
          now: NOW,
          municipalities,
          topicSlugs: topics.map((t) => t.slug),
          slots,
        });
        const matchInput = {
          ...population,
          slots,
          topics,
          settings: matchSettings({ now: NOW, seed, poolSize: size }),
        };
        expect(validateResult(matchInput, matchRound(matchInput))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
