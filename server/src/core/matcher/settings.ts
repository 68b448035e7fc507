import type { MatchSettings, MatchWeights, ScorePartName } from './types.ts';

/**
 * Default weights of the soft goals. Each group scores the weighted sum of its parts:
 * - matched: per member; dominant, so nobody is left out for the sake of diversity;
 * - fairness: per member, 0..1, how long the person waited relative to their frequency;
 * - sizeClassSpread / provinceSpread / regionSpread: distinct values in the group minus one;
 * - familiarity: minus the summed familiarity of pairs who met before (recent and frequent
 *   meetings weigh more; pairs who asked to spar again are not penalised);
 * - strangers: 1 when nobody in the group has met anyone else before;
 * - sparAgain: per pair of which one asked to spar with the other again;
 * - experienced: 1 when at least one member is 'ervaren' on the topic;
 * - levelMix: 1 when both levels are present;
 * - case: 1 when the group discusses a ready case.
 */
export const DEFAULT_WEIGHTS: MatchWeights = {
  matched: 10,
  fairness: 3,
  sizeClassSpread: 1.5,
  provinceSpread: 1,
  regionSpread: 0.5,
  familiarity: 2,
  strangers: 1,
  sparAgain: 1,
  experienced: 2,
  levelMix: 0.5,
  case: 3,
};

/** Order in which parts are stored and reported. */
export const SCORE_PART_NAMES: readonly ScorePartName[] = [
  'matched',
  'fairness',
  'sizeClassSpread',
  'provinceSpread',
  'regionSpread',
  'familiarity',
  'strangers',
  'sparAgain',
  'experienced',
  'levelMix',
  'case',
];

/**
 * Settings with the documented defaults (groups of 3–5, at most 2 sessions a month,
 * default weights, 50 local-search attempts per person), overridable field by field.
 */
export function matchSettings(
  required: Pick<MatchSettings, 'now' | 'seed'> & { poolSize?: number },
  overrides: Partial<MatchSettings> = {},
): MatchSettings {
  return {
    now: required.now,
    seed: required.seed,
    groupSizeMin: 3,
    groupSizeMax: 5,
    monthlyCap: 2,
    weights: DEFAULT_WEIGHTS,
    iterationBudget: 50 * (required.poolSize ?? 1000),
    ...overrides,
  };
}
