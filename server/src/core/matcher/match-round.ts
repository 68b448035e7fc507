import { buildGroupsAndLeftOut, namedParts } from './build-result.ts';
import { construct } from './construct.ts';
import { localSearch } from './local-search.ts';
import { buildModel } from './model.ts';
import { createRandom } from './random.ts';
import { repair } from './repair.ts';
import { attachCase, createState, objective, rescore, type SearchState } from './search-state.ts';
import { SCORE_PART_NAMES } from './settings.ts';
import type { MatchInput, MatchResult } from './types.ts';

/**
 * Forms the sparring groups of one round. Pure: plain data in, plain data out; no clock
 * (time is `settings.now`) and no randomness but the seeded generator. The same input and
 * seed give the same result on any machine, unless a production deadline stops the search.
 *
 * Steps: index the pool (eligibility, buckets per topic and slot), a constructive start
 * (longest waiting first), a repair that absorbs leftovers into group sizes, then local
 * search within `settings.iterationBudget` attempts.
 */
export function matchRound(input: MatchInput): MatchResult {
  const { settings } = input;
  if (settings.groupSizeMin < 2 || settings.groupSizeMax < settings.groupSizeMin) {
    throw new RangeError('Group size bounds must satisfy 2 ≤ min ≤ max.');
  }
  const model = buildModel(input);
  const state = createState(model);
  construct(state);
  repair(state);
  attachCases(state);
  const constructiveObjective = objective(state);
  const random = createRandom(settings.seed ^ 0x5eed);
  const outcome = localSearch(
    state,
    random,
    Math.max(0, settings.iterationBudget),
    settings.deadline,
  );
  attachCases(state);
  const { groups, leftOut } = buildGroupsAndLeftOut(state);

  const parts = namedParts(new Float64Array(SCORE_PART_NAMES.length));
  let total = 0;
  for (const group of groups) {
    total += group.score.total;
    for (const name of SCORE_PART_NAMES) parts[name] += group.score.parts[name];
  }
  const matched = groups.reduce((sum, g) => sum + g.members.length, 0);
  return {
    groups,
    leftOut,
    stats: {
      poolSize: input.pool.length,
      eligible: model.order.length,
      matched,
      leftOut: leftOut.length,
      groups: groups.length,
      constructiveObjective,
      objective: { total, parts },
      ...outcome,
    },
  };
}

/** Gives every group without a case one of its members' ready cases, when there is one. */
function attachCases(state: SearchState): void {
  state.groups.forEach((_, g) => {
    attachCase(state, g);
    rescore(state, g);
  });
}
