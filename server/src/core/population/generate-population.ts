import type { SizeClass } from '@ods/shared/municipality';
import { amsterdamTime, amsterdamToEpoch } from '../matcher/amsterdam-time.ts';
import { createRandom, type Random } from '../matcher/random.ts';
import type { MatchCase, MatchSlot, PoolPerson, TopicLevel } from '../matcher/types.ts';
import { addHistory } from './generate-history.ts';

/** The municipality fields the generator needs (a subset of the reference-data record). */
export interface MunicipalityInput {
  code: string;
  provinceCode: string;
  province: string;
  population: number;
  sizeClass: SizeClass;
  regionCode: string;
}

export interface PopulationOptions {
  size: number;
  seed: number;
  /** ISO reference time: last sessions and meetings lie before it. */
  now: string;
  municipalities: MunicipalityInput[];
  topicSlugs: string[];
  slots: MatchSlot[];
}

export interface Population {
  pool: PoolPerson[];
  cases: MatchCase[];
}

const DAY_MS = 24 * 3600 * 1000;

/** Picks an index with probability proportional to its weight (cumulative weights). */
function weightedPicker(weights: number[], random: Random): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const x = random.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function pickTopics(
  pickTopic: () => number,
  slugs: string[],
  random: Random,
): PoolPerson['topics'] {
  const count = random.float() < 0.4 ? 1 : random.float() < 0.67 ? 2 : 3;
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < 20; tries++) chosen.add(pickTopic());
  return [...chosen].map((t) => ({
    slug: slugs[t]!,
    level: (random.float() < 0.45 ? 'ervaren' : 'wil-leren') satisfies TopicLevel,
  }));
}

interface SlotShape {
  id: string;
  weekday: number;
  morning: boolean;
}

/** Part-time pattern: 3–5 working days, mornings, afternoons or both, some busy slots. */
function availability(slots: SlotShape[], random: Random): string[] {
  const days = new Set(random.shuffle([1, 2, 3, 4, 5]).slice(0, 3 + random.int(3)));
  const halves = random.float();
  const morning = halves < 0.7;
  const afternoon = halves >= 0.3;
  return slots
    .filter((slot) => {
      const half = slot.morning ? morning : afternoon;
      return days.has(slot.weekday) && half && random.float() >= 0.25;
    })
    .map((slot) => slot.id);
}

function organisationFor(m: MunicipalityInput, providers: number, random: Random): string {
  const roll = random.float();
  if (roll < 0.75) return `org-${m.code}`;
  if (roll < 0.9) return `org-region-${m.regionCode}-${random.int(4)}`;
  return `org-provider-${random.int(providers)}`;
}

/**
 * A seeded synthetic pool: municipalities drawn by population, topics with a skewed
 * (Zipf-like) popularity, part-time availability over the given slots, some organisations
 * that are not the municipality itself (regional services, providers), a history of past
 * meetings, some avoided organisations and ready cases. Pure and repeatable.
 */
export function generatePopulation(options: PopulationOptions): Population {
  const { municipalities, topicSlugs, slots, size } = options;
  const random = createRandom(options.seed);
  const nowMs = Date.parse(options.now);
  const pickMunicipality = weightedPicker(
    municipalities.map((m) => m.population),
    random,
  );
  const popularity = random.shuffle(topicSlugs.map((_, i) => i));
  const topicWeights = topicSlugs.map((_, i) => 1 / (popularity.indexOf(i) + 1));
  const pickTopic = weightedPicker(topicWeights, random);
  const providers = Math.max(3, Math.round(size / 300));
  const today = amsterdamTime(nowMs);
  const monthStart = amsterdamToEpoch(today.year, today.month, 1, 0, 0);
  const width = String(size).length;
  const shapes = slots.map((slot) => {
    const t = amsterdamTime(Date.parse(slot.startsAt));
    return { id: slot.id, weekday: t.weekday, morning: t.hour < 12 };
  });

  const pool: PoolPerson[] = [];
  for (let i = 0; i < size; i++) {
    const m = municipalities[pickMunicipality()]!;
    const never = random.float() < 0.2;
    const lastMs = nowMs - (1 + random.int(84)) * DAY_MS;
    const thisMonth = !never && lastMs >= monthStart;
    const frequency = random.float();
    pool.push({
      id: `p${String(i).padStart(width, '0')}`,
      organisationId: organisationFor(m, providers, random),
      municipalityCode: m.code,
      sizeClass: m.sizeClass,
      provinceCode: m.provinceCode,
      province: m.province,
      regionCode: m.regionCode,
      topics: pickTopics(pickTopic, topicSlugs, random),
      availableSlotIds: availability(shapes, random),
      frequencyWeeks: frequency < 0.25 ? 2 : frequency < 0.8 ? 4 : 8,
      lastSessionAt: never ? null : new Date(lastMs).toISOString(),
      sessionsThisMonth: thisMonth ? (random.float() < 0.15 ? 2 : 1) : 0,
      metBefore: [],
      sparAgain: [],
      avoidOrganisationIds: [],
    });
  }
  addHistory(pool, municipalities, random, nowMs);
  const cases: MatchCase[] = [];
  for (const person of pool) {
    if (random.float() >= 0.12) continue;
    const topic = person.topics[random.int(person.topics.length)]!.slug;
    cases.push({ id: `case-${cases.length + 1}`, ownerId: person.id, topic });
  }
  return { pool, cases };
}
