import { buildGroupsAndLeftOut, namedParts } from './build-result.ts';
import { construct } from './construct.ts';
import { localSearch } from './local-search.ts';
import { softSearch } from './soft-search.ts';
import { buildModel } from './model.ts';
import { createRandom } from './random.ts';
import { repair } from './repair.ts';
import { attachCase, createState, objective, rescore, type SearchState } from './search-state.ts';
import { SCORE_PART_NAMES } from './settings.ts';
import type { MatchDeadline, MatchInput, MatchResult } from './types.ts';

/** Where a running match is, for a progress display: the phase and the best objective so far. */
export interface MatchProgress {
  phase: 'model' | 'construct' | 'search' | 'result';
  /** The objective of the current assignment (null before there is one). */
  objective: number | null;
  iterations: number;
}

/** The deadline left after what `deadline` has already seen pass since `began`. */
function remaining(deadline: MatchDeadline, began: number): MatchDeadline {
  return { clock: deadline.clock, maxMs: deadline.maxMs - (deadline.clock() - began) };
}

/**
 * Forms the sparring groups of one round. Pure: plain data in, plain data out; no clock
 * (time is `settings.now`) and no randomness but the seeded generator. The same input and
 * seed give the same result on any machine, unless a production deadline stops the search.
 *
 * Steps: index the pool (eligibility, buckets per topic and slot), a constructive start
 * (longest waiting first), a repair that absorbs leftovers into group sizes, then local
 * search within `settings.iterationBudget` attempts. A deadline counts from the call, so it
 * bounds the model build and the start as well as the search; `progress` hears each phase.
 */
export function matchRound(
  input: MatchInput,
  progress: (progress: MatchProgress) => void = () => {},
): MatchResult {
  const { settings } = input;
  const began = settings.deadline?.clock() ?? 0;
  if (settings.groupSizeMin < 2 || settings.groupSizeMax < settings.groupSizeMin) {
    throw new RangeError('Group size bounds must satisfy 2 ≤ min ≤ max.');
  }
  const state = constructiveState(input, progress);
  const { model } = state;
  const constructiveObjective = objective(state);
  progress({ phase: 'search', objective: constructiveObjective, iterations: 0 });
  const random = createRandom(settings.seed ^ 0x5eed);
  const budget = Math.max(0, settings.iterationBudget);
  const deadline = settings.deadline && remaining(settings.deadline, began);
  const outcome =
    settings.searchEngine === 'random-moves'
      ? localSearch(state, random, budget, deadline, (iterations) =>
          progress({ phase: 'search', objective: objective(state), iterations }),
        )
      : softSearch(state, random, budget, deadline, (iterations, best) =>
          progress({ phase: 'search', objective: best, iterations }),
        );
  attachCases(state);
  progress({ phase: 'result', objective: objective(state), iterations: outcome.iterations });
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

/**
 * The assignment before the local search: the model, the constructive start, the repair and
 * the cases attached. Exported for the search's own tests.
 */
export function constructiveState(
  input: MatchInput,
  progress: (progress: MatchProgress) => void = () => {},
): SearchState {
  progress({ phase: 'model', objective: null, iterations: 0 });
  const state = createState(buildModel(input));
  progress({ phase: 'construct', objective: null, iterations: 0 });
  construct(state);
  repair(state);
  attachCases(state);
  return state;
}

/** Gives every group without a case one of its members' ready cases, when there is one. */
function attachCases(state: SearchState): void {
  state.groups.forEach((_, g) => {
    attachCase(state, g);
    rescore(state, g);
  });
}
