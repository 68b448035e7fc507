import type { MatchModel } from './model.ts';
import { isExpert } from './model-queries.ts';
import { relationIndex } from './relations.ts';

/** Indices of the parts in a parts array (SCORE_PART_NAMES order). */
export const PART = {
  matched: 0,
  fairness: 1,
  sizeClassSpread: 2,
  provinceSpread: 3,
  regionSpread: 4,
  familiarity: 5,
  strangers: 6,
  sparAgain: 7,
  experienced: 8,
  levelMix: 9,
  case: 10,
} as const;
export const PART_COUNT = 11;

function distinct(values: Int32Array, members: ArrayLike<number>, count: number): number {
  let result = 0;
  for (let i = 0; i < count; i++) {
    const value = values[members[i]!]!;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = values[members[j]!] === value;
    if (!seen) result++;
  }
  return result;
}

const scratch = new Float64Array(PART_COUNT);

/**
 * Weighted score of one group on `topic` with the first `count` entries of `members`.
 * Fills `parts` (unweighted) when given. Groups are small (≤ max size), so the pairwise
 * work is a handful of lookups.
 */
export function scoreGroup(
  model: MatchModel,
  topic: number,
  members: ArrayLike<number>,
  count: number,
  hasCase: boolean,
  parts: Float64Array = scratch,
): number {
  const { relations } = model;
  let fairness = 0;
  let experts = 0;
  let familiarity = 0;
  let metPairs = 0;
  let sparPairs = 0;
  for (let i = 0; i < count; i++) {
    const a = members[i]!;
    fairness += model.wait[a]!;
    if (isExpert(model, a, topic)) experts++;
    for (let j = i + 1; j < count; j++) {
      const r = relationIndex(relations, a, members[j]!);
      if (r < 0) continue;
      metPairs++;
      if (relations.sparAgain[r] === 1) sparPairs++;
      else familiarity += relations.familiarity[r]!;
    }
  }
  parts[PART.matched] = count;
  parts[PART.fairness] = fairness;
  parts[PART.sizeClassSpread] = count > 0 ? distinct(model.sizeClass, members, count) - 1 : 0;
  parts[PART.provinceSpread] = count > 0 ? distinct(model.province, members, count) - 1 : 0;
  parts[PART.regionSpread] = count > 0 ? distinct(model.region, members, count) - 1 : 0;
  parts[PART.familiarity] = -familiarity;
  parts[PART.strangers] = count > 1 && metPairs === 0 ? 1 : 0;
  parts[PART.sparAgain] = sparPairs;
  parts[PART.experienced] = experts > 0 ? 1 : 0;
  parts[PART.levelMix] = experts > 0 && experts < count ? 1 : 0;
  parts[PART.case] = hasCase ? 1 : 0;
  let total = 0;
  for (let k = 0; k < PART_COUNT; k++) total += model.weights[k]! * parts[k]!;
  return total;
}
