// How much soft part any grouping of the same people into the same number of groups could
// reach at most, beside what the two search engines reach. Issue 19 asks for +5 % over the
// earlier engine at 10 000 people; this says whether that is possible at its group size.
// Usage: node match/soft-ceiling.ts [size] [seed]
import { evaluateGroups } from '@ods/server/core/matcher/evaluate';
import { matchRound } from '@ods/server/core/matcher/match-round';
import { DEFAULT_WEIGHTS, SCORE_PART_NAMES } from '@ods/server/core/matcher/settings';
import type {
  MatchInput,
  MatchResult,
  PoolPerson,
  ScoreParts,
} from '@ods/server/core/matcher/types';
import { scenario } from './scenario.ts';

const size = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);

/** The parts the soft part sums: all but the per-person ones (matched, fairness). */
const SOFT_PARTS = SCORE_PART_NAMES.filter((part) => part !== 'matched' && part !== 'fairness');

/** Σ over values of min(people with that value, groups) − groups: the most distinct values minus one that `groups` groups can hold in all. */
function spreadBound(people: PoolPerson[], key: keyof PoolPerson, groups: number): number {
  const counts = new Map<unknown, number>();
  for (const person of people) counts.set(person[key], (counts.get(person[key]) ?? 0) + 1);
  let distinct = 0;
  for (const count of counts.values()) distinct += Math.min(count, groups);
  return Math.min(distinct, people.length) - groups;
}

/**
 * An upper bound on each soft part for any grouping of `people` into `groups` groups, by
 * counting alone (each bound relaxes the others away, so their sum is a bound on the total):
 * a group counts a value once, an experienced member once, a case once.
 */
function softBounds(input: MatchInput, people: PoolPerson[], groups: number): ScoreParts {
  const ids = new Set(people.map((p) => p.id));
  const experienced = people.filter((p) => p.topics.some((t) => t.level === 'ervaren')).length;
  const learning = people.filter((p) => p.topics.some((t) => t.level === 'wil-leren')).length;
  const caseOwners = new Set(input.cases.filter((c) => ids.has(c.ownerId)).map((c) => c.ownerId));
  let sparPairs = 0;
  for (const person of people)
    for (const other of person.sparAgain) if (ids.has(other)) sparPairs++;
  return {
    matched: people.length,
    fairness: 0,
    sizeClassSpread: spreadBound(people, 'sizeClass', groups),
    provinceSpread: spreadBound(people, 'provinceCode', groups),
    regionSpread: spreadBound(people, 'regionCode', groups),
    familiarity: 0,
    strangers: groups,
    sparAgain: sparPairs,
    experienced: Math.min(groups, experienced),
    levelMix: Math.min(groups, experienced, learning),
    case: Math.min(groups, caseOwners.size),
  };
}

const weighted = (parts: ScoreParts): number =>
  SOFT_PARTS.reduce((sum, part) => sum + DEFAULT_WEIGHTS[part] * parts[part], 0);

/**
 * The strangers point and the spar-again pairs bound together: a group with k ≥ 1 such pairs
 * has met pairs, so it scores k pairs and no strangers point; one without scores the point.
 * A group of at most `groupSizeMax` holds at most C(max, 2) pairs, so the pairs fill at least
 * ⌈P / C(max, 2)⌉ groups, and the best is either no pair at all or every pair in as few groups
 * as can hold them. (Counted apart, each could reach its own bound, which no grouping can.)
 */
function strangersAndSparAgainBound(bound: ScoreParts, groupSizeMax: number): number {
  const { strangers: s, sparAgain: p } = DEFAULT_WEIGHTS;
  const groups = bound.strangers;
  const pairs = bound.sparAgain;
  const perGroup = (groupSizeMax * (groupSizeMax - 1)) / 2;
  // With n groups holding pairs the score is s·(groups − n) + p·min(pairs, perGroup·n): linear
  // in n on either side of pairs / perGroup, so its maximum is at n = 0 or next to that point.
  const score = (n: number) => s * (groups - n) + p * Math.min(pairs, perGroup * n);
  const full = Math.min(groups, Math.ceil(pairs / perGroup));
  return Math.max(score(0), score(Math.floor(pairs / perGroup)), score(full));
}

/** The soft part's ceiling: every part at its bound, strangers and spar-again pairs together. */
const ceilingOf = (bound: ScoreParts, groupSizeMax: number): number =>
  weighted(bound) -
  DEFAULT_WEIGHTS.strangers * bound.strangers -
  DEFAULT_WEIGHTS.sparAgain * bound.sparAgain +
  strangersAndSparAgainBound(bound, groupSizeMax);

const input = scenario(size, seed);
const byId = new Map(input.pool.map((p) => [p.id, p]));
const runs: [string, MatchResult][] = [
  ['matcher (descent)', matchRound(input)],
  [
    'matcher before (random moves)',
    matchRound({ ...input, settings: { ...input.settings, searchEngine: 'random-moves' } }),
  ],
];

const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
console.log(
  'Each part: reached, and (≤) its bound by counting; the ceiling bounds strangers and spar-again pairs together.\n',
);
console.log(
  `| who | groups | matched | ${SOFT_PARTS.join(' | ')} | soft part | ceiling at these groups | of ceiling |`,
);
console.log(`|---|---:|---:|${SOFT_PARTS.map(() => '---:|').join('')}---:|---:|---:|`);
let before = 0;
for (const [who, result] of runs) {
  const people = result.groups.flatMap((g) => g.members.map((m) => byId.get(m.id)!));
  const { parts } = evaluateGroups(input, result.groups);
  const bound = softBounds(input, people, result.groups.length);
  const soft = weighted(parts);
  if (who.includes('before')) before = soft;
  const ceiling = ceilingOf(bound, input.settings.groupSizeMax);
  console.log(
    `| ${who} | ${result.groups.length} | ${people.length} | ${SOFT_PARTS.map((p) => `${fixed(parts[p], 1)} (≤ ${fixed(bound[p])})`).join(' | ')} | ${fixed(soft)} | ${fixed(ceiling)} | ${fixed(soft / ceiling, 4)} |`,
  );
}
const [, descent] = runs[0]!;
const people = descent.groups.flatMap((g) => g.members.map((m) => byId.get(m.id)!));
const sameSize = ceilingOf(
  softBounds(input, people, descent.groups.length),
  input.settings.groupSizeMax,
);
const smallest = Math.floor(people.length / input.settings.groupSizeMin);
console.log(
  `\nTarget (before + 5 %): ${fixed(before * 1.05)}; ceiling at ${descent.groups.length} groups ${fixed(sameSize)} (${fixed(sameSize / before, 4)} of before); ceiling at ${smallest} groups of ${input.settings.groupSizeMin}: ${fixed(ceilingOf(softBounds(input, people, smallest), input.settings.groupSizeMax))}`,
);
const ceilingAt = (groups: number) =>
  ceilingOf(softBounds(input, people, groups), input.settings.groupSizeMax);
let fewest = descent.groups.length;
while (fewest < smallest && ceilingAt(fewest) < before * 1.05) fewest++;
console.log(
  `Fewest groups of these ${people.length} people whose ceiling reaches the target: ${fewest} (mean size ${fixed(people.length / fewest, 2)})`,
);
