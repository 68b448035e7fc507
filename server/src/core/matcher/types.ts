import type { SizeClass } from '@ods/shared/municipality';

/** A topic level: experienced on the topic, or wants to learn about it. */
export type TopicLevel = 'ervaren' | 'wil-leren';

/** An earlier meeting with another person, as remembered by the pool. */
export interface MetBefore {
  personId: string;
  count: number;
  /** ISO timestamp of the most recent meeting. */
  lastMetAt: string;
}

/** A professional who can be matched in this round (paused people are not in the pool). */
export interface PoolPerson {
  id: string;
  organisationId: string;
  municipalityCode: string;
  sizeClass: SizeClass;
  provinceCode: string;
  /** Province name, used in explanations. */
  province: string;
  /** Labour-market region code, used for finer geographic spread. */
  regionCode: string;
  topics: { slug: string; level: TopicLevel }[];
  /** The candidate slots of the period in which this person is free. */
  availableSlotIds: string[];
  frequencyWeeks: 2 | 4 | 8;
  /** ISO timestamp of the last session, or null for someone who never had one. */
  lastSessionAt: string | null;
  /** Sessions in the calendar month (Europe/Amsterdam) of `settings.now`. */
  sessionsThisMonth: number;
  metBefore: MetBefore[];
  /** Ids of people this person would like to spar with again. */
  sparAgain: string[];
  /** Organisations this person asked not to be matched with. */
  avoidOrganisationIds: string[];
}

/** A fictional case that is ready to be discussed. */
export interface MatchCase {
  id: string;
  ownerId: string;
  /** Topic slug. */
  topic: string;
}

/** A candidate time slot of the period, of the session length. */
export interface MatchSlot {
  id: string;
  /** ISO timestamp (UTC). */
  startsAt: string;
  endsAt: string;
}

export interface MatchTopic {
  slug: string;
  nameNl: string;
  nameEn: string;
}

/** Weights of the soft goals; see DEFAULT_WEIGHTS for the defaults and their meaning. */
export interface MatchWeights {
  matched: number;
  fairness: number;
  sizeClassSpread: number;
  provinceSpread: number;
  regionSpread: number;
  familiarity: number;
  strangers: number;
  sparAgain: number;
  experienced: number;
  levelMix: number;
  case: number;
}

/** Names of the objective parts; every part has a weight of the same name. */
export type ScorePartName = keyof MatchWeights;
export type ScoreParts = Record<ScorePartName, number>;

export interface MatchDeadline {
  /** Milliseconds from any fixed origin (e.g. performance.now). */
  clock: () => number;
  maxMs: number;
}

export interface MatchSettings {
  /** ISO timestamp: the reference time of the round. The matcher has no clock of its own. */
  now: string;
  groupSizeMin: number;
  groupSizeMax: number;
  /** Maximum number of sessions per person per calendar month. */
  monthlyCap: number;
  weights: MatchWeights;
  seed: number;
  /** Number of local-search move attempts after the constructive start. */
  iterationBudget: number;
  /**
   * The local search after the constructive start: 'descent' (default) evaluates one-moves
   * and swaps incrementally on flat arrays (soft-search.ts); 'random-moves' is the earlier
   * search (local-search.ts), kept as the benchmark's baseline.
   */
  searchEngine?: 'descent' | 'random-moves';
  /** Production-only early stop of the local search; results then depend on timing. */
  deadline?: MatchDeadline;
}

export interface MatchInput {
  pool: PoolPerson[];
  cases: MatchCase[];
  slots: MatchSlot[];
  topics: MatchTopic[];
  settings: MatchSettings;
}

export type MemberRole = 'case-owner' | 'facilitator' | 'member';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface MatchGroup {
  /** Topic slug. */
  topic: string;
  slotId: string;
  caseId: string | null;
  members: { id: string; role: MemberRole }[];
  explanation: Bilingual;
  score: { total: number; parts: ScoreParts };
}

export type LeftOutReason =
  | 'no-topic'
  | 'no-availability'
  | 'frequency'
  | 'cap-reached'
  | 'no-peers-on-topic'
  | 'no-common-slot'
  | 'no-group-fits';

export interface LeftOutPerson {
  id: string;
  reason: LeftOutReason;
  explanation: Bilingual;
}

export interface MatchStats {
  poolSize: number;
  /** People who could be matched at all (a topic, a free slot, frequency and cap allow it). */
  eligible: number;
  matched: number;
  leftOut: number;
  groups: number;
  /** Objective of the constructive start, before local search. */
  constructiveObjective: number;
  objective: { total: number; parts: ScoreParts };
  iterations: number;
  improvements: number;
  stoppedBy: 'budget' | 'deadline';
}

export interface MatchResult {
  groups: MatchGroup[];
  leftOut: LeftOutPerson[];
  stats: MatchStats;
}
