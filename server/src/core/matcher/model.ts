import { eligibleSlots, slotTable, waitScore, type SlotRules } from './eligibility.ts';
import { createRandom } from './random.ts';
import { buildRelations, type Relations } from './relations.ts';
import { SCORE_PART_NAMES } from './settings.ts';
import type { LeftOutReason, MatchInput } from './types.ts';
import { SIZE_CLASSES } from '@ods/shared/municipality';

/**
 * The input turned into integer indices and typed arrays, so the search compares numbers
 * instead of strings. Persons are indexed as in `input.pool`; a bucket is a (topic, slot)
 * pair, numbered topic * slotCount + slot.
 */
export interface MatchModel {
  input: MatchInput;
  n: number;
  topicCount: number;
  slotCount: number;
  minSize: number;
  maxSize: number;
  /** Weights in SCORE_PART_NAMES order. */
  weights: Float64Array;
  municipality: Int32Array;
  organisation: Int32Array;
  sizeClass: Int32Array;
  province: Int32Array;
  region: Int32Array;
  /** Per person: topic indices (CSR) and whether they are 'ervaren' on it. */
  topicStart: Int32Array;
  topicOf: Int32Array;
  expertOf: Uint8Array;
  /** Per person: eligible slot indices (CSR). Empty for ineligible people. */
  slotStart: Int32Array;
  slotOf: Int32Array;
  /** Per person bitsets (words per person): topics, expert topics, eligible slots. */
  topicWords: number;
  topicBits: Uint32Array;
  expertBits: Uint32Array;
  slotWords: number;
  slotBits: Uint32Array;
  /** Per person: organisations they avoid (CSR). */
  avoidStart: Int32Array;
  avoidOrg: Int32Array;
  relations: Relations;
  /** Per person, 0..1: how long they waited (see waitScore). */
  wait: Float64Array;
  /** Why a person cannot be matched at all, or null when eligible. */
  ineligible: (LeftOutReason | null)[];
  /** Per person: what each slot rule (frequency, monthly cap) took away, for explanations. */
  slotRules: SlotRules[];
  /** Eligible persons, longest waiting first (ties in seeded random order). */
  order: Int32Array;
  /** Persons per bucket (CSR over topic * slotCount + slot), in priority order. */
  bucketStart: Int32Array;
  bucketPersons: Int32Array;
  /** Eligible people per topic (any slot). */
  topicEligible: Int32Array;
  /** Per person: indices of the ready cases they own (CSR); case topics as indices. */
  caseStart: Int32Array;
  caseOf: Int32Array;
  caseTopic: Int32Array;
}

function interner(): (key: string) => number {
  const map = new Map<string, number>();
  return (key) => {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  };
}

function csr(n: number, rows: (i: number) => number[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  const items: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const item of rows(i)) items.push(item);
    start[i + 1] = items.length;
  }
  return { start, items: Int32Array.from(items) };
}

/** Indexes a match input for the search. Pure; allocation is linear in the input. */
export function buildModel(input: MatchInput): MatchModel {
  const { pool, settings } = input;
  const n = pool.length;
  const table = slotTable(input.slots, settings.now);
  const topicIndex = new Map(input.topics.map((t, i) => [t.slug, i]));
  const topicCount = input.topics.length;
  const slotCount = input.slots.length;
  const topicWords = Math.max(1, Math.ceil(topicCount / 32));
  const slotWords = Math.max(1, Math.ceil(slotCount / 32));
  const personIndex = new Map(pool.map((p, i) => [p.id, i]));
  const org = interner();
  const muni = interner();
  const prov = interner();
  const reg = interner();
  const sizeIndex = new Map<string, number>(SIZE_CLASSES.map((s, i) => [s, i]));

  const municipality = new Int32Array(n);
  const organisation = new Int32Array(n);
  const sizeClass = new Int32Array(n);
  const province = new Int32Array(n);
  const region = new Int32Array(n);
  const topicBits = new Uint32Array(n * topicWords);
  const expertBits = new Uint32Array(n * topicWords);
  const slotBits = new Uint32Array(n * slotWords);
  const wait = new Float64Array(n);
  const ineligible: (LeftOutReason | null)[] = new Array<LeftOutReason | null>(n).fill(null);
  const personTopics: number[][] = [];
  const personExpert: number[][] = [];
  const personSlots: number[][] = [];
  const slotRules: SlotRules[] = [];

  pool.forEach((person, i) => {
    municipality[i] = muni(person.municipalityCode);
    organisation[i] = org(person.organisationId);
    sizeClass[i] = sizeIndex.get(person.sizeClass) ?? 0;
    province[i] = prov(person.provinceCode);
    region[i] = reg(person.regionCode);
    const topics: number[] = [];
    const expert: number[] = [];
    for (const topic of person.topics) {
      const t = topicIndex.get(topic.slug);
      if (t === undefined || topics.includes(t)) continue;
      topics.push(t);
      expert.push(topic.level === 'ervaren' ? 1 : 0);
      topicBits[i * topicWords + (t >>> 5)]! |= 1 << (t & 31);
      if (topic.level === 'ervaren') expertBits[i * topicWords + (t >>> 5)]! |= 1 << (t & 31);
    }
    personTopics.push(topics);
    personExpert.push(expert);
    const known = { ...person, topics: person.topics.filter((t) => topicIndex.has(t.slug)) };
    const { slots, reason, rules } = eligibleSlots(known, table, settings);
    ineligible[i] = reason;
    slotRules.push(rules);
    personSlots.push(slots);
    for (const s of slots) slotBits[i * slotWords + (s >>> 5)]! |= 1 << (s & 31);
    wait[i] = waitScore(person, table.nowMs);
  });

  const topicCsr = csr(n, (i) => personTopics[i]!);
  const slotCsr = csr(n, (i) => personSlots[i]!);
  const avoidCsr = csr(n, (i) => pool[i]!.avoidOrganisationIds.map(org));

  const random = createRandom(settings.seed);
  const eligibleList = random.shuffle(pool.map((_, i) => i).filter((i) => ineligible[i] === null));
  eligibleList.sort((a, b) => wait[b]! - wait[a]!);
  const order = Int32Array.from(eligibleList);

  const bucketCount = topicCount * slotCount;
  const bucketStart = new Int32Array(bucketCount + 1);
  const topicEligible = new Int32Array(topicCount);
  for (const p of order) {
    for (const t of personTopics[p]!) {
      topicEligible[t]!++;
      for (const s of personSlots[p]!) bucketStart[t * slotCount + s + 1]!++;
    }
  }
  for (let b = 0; b < bucketCount; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const bucketPersons = new Int32Array(bucketStart[bucketCount]!);
  const fill = bucketStart.slice(0, bucketCount);
  for (const p of order) {
    for (const t of personTopics[p]!) {
      for (const s of personSlots[p]!) bucketPersons[fill[t * slotCount + s]!++] = p;
    }
  }

  const caseTopic = Int32Array.from(input.cases.map((c) => topicIndex.get(c.topic) ?? -1));
  const casesByOwner: number[][] = pool.map(() => []);
  input.cases.forEach((c, k) => {
    const owner = personIndex.get(c.ownerId);
    if (owner !== undefined && caseTopic[k]! >= 0) casesByOwner[owner]!.push(k);
  });
  const caseCsr = csr(n, (i) => casesByOwner[i]!);

  return {
    input,
    n,
    topicCount,
    slotCount,
    minSize: settings.groupSizeMin,
    maxSize: settings.groupSizeMax,
    weights: Float64Array.from(SCORE_PART_NAMES.map((name) => settings.weights[name])),
    municipality,
    organisation,
    sizeClass,
    province,
    region,
    topicStart: topicCsr.start,
    topicOf: topicCsr.items,
    expertOf: Uint8Array.from(personExpert.flat()),
    slotStart: slotCsr.start,
    slotOf: slotCsr.items,
    topicWords,
    topicBits,
    expertBits,
    slotWords,
    slotBits,
    avoidStart: avoidCsr.start,
    avoidOrg: avoidCsr.items,
    relations: buildRelations(pool, personIndex, table.nowMs),
    wait,
    ineligible,
    slotRules,
    order,
    bucketStart,
    bucketPersons,
    topicEligible,
    caseStart: caseCsr.start,
    caseOf: caseCsr.items,
    caseTopic,
  };
}
