// One pool size in its own process, so peak memory (maxRSS) belongs to this size alone.
// Prints one JSON line. Usage: node match/pool-run.ts <size> [seed]
import { evaluateGroups } from '@ods/server/core/matcher/evaluate';
import { matchRound } from '@ods/server/core/matcher/match-round';
import type { MatchInput, MatchResult } from '@ods/server/core/matcher/types';
import { validateResult } from '@ods/server/core/matcher/validate';
import { greedyBaseline, randomBaseline } from './baselines.ts';
import { scenario } from './scenario.ts';

const size = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const mib = (kib: number): number => Math.round(kib / 1024);

const generationStart = performance.now();
const input = scenario(size, seed);
const generationMs = performance.now() - generationStart;
const rssBeforeMatch = mib(process.resourceUsage().maxRSS);

const people = new Map(input.pool.map((p) => [p.id, p]));

/** Mean over groups of (distinct values − 1) / (members − 1): 1 means everyone differs. */
function spread(
  groups: Pick<MatchResult, 'groups'>['groups'],
  key: 'sizeClass' | 'provinceCode' | 'regionCode',
) {
  let sum = 0;
  for (const group of groups) {
    const values = new Set(group.members.map((m) => people.get(m.id)?.[key]));
    sum += (values.size - 1) / (group.members.length - 1);
  }
  return groups.length > 0 ? sum / groups.length : 0;
}

function measure(run: () => Pick<MatchResult, 'groups' | 'leftOut'>, target: MatchInput) {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  const peakRssMiB = mib(process.resourceUsage().maxRSS);
  const matched = result.groups.reduce((sum, g) => sum + g.members.length, 0);
  const violations = validateResult(target, result).length;
  return {
    ms: Math.round(ms),
    peakRssMiB,
    groups: result.groups.length,
    matched,
    share: matched / target.pool.length,
    violations,
    objective: evaluateGroups(target, result.groups),
    spread: {
      sizeClass: spread(result.groups, 'sizeClass'),
      province: spread(result.groups, 'provinceCode'),
      region: spread(result.groups, 'regionCode'),
    },
  };
}

let stats: MatchResult['stats'] | undefined;
const matcher = measure(() => {
  const result = matchRound(input);
  stats = result.stats;
  return result;
}, input);
let todayStats: MatchResult['stats'] | undefined;
const today = measure(() => {
  const result = matchRound({
    ...input,
    settings: { ...input.settings, searchEngine: 'random-moves' },
  });
  todayStats = result.stats;
  return result;
}, input);
const random = measure(() => randomBaseline(input, seed), input);
const greedy = measure(() => greedyBaseline(input), input);

console.log(
  JSON.stringify({
    size,
    eligible: stats?.eligible,
    iterations: stats?.iterations,
    constructiveObjective: stats?.constructiveObjective,
    todayIterations: todayStats?.iterations,
    todayConstructiveObjective: todayStats?.constructiveObjective,
    generationMs: Math.round(generationMs),
    rssBeforeMatchMiB: rssBeforeMatch,
    matcher,
    today,
    random,
    greedy,
  }),
);
