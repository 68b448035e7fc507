// One generated MDGP instance in its own process: today's iterated local search (solveMdgp),
// the previous memetic search (frozen in mdgp-memetic-previous.ts) and the current memetic
// search (solveMdgpMemetic, after TPSDP), each for the same seconds, one after the other; the
// best objective of each after 1, 5 and 20 s and the load average. Prints one JSON line.
// Usage: node match/mdgp-compare.ts <family> <ss|ds> <n> [seconds=20] [seed=1]
import { loadavg } from 'node:os';
import { solveMdgp, type MdgpInstance, type MdgpSolution } from '@ods/server/core/matcher/mdgp';
import { solveMdgpMemetic } from '@ods/server/core/matcher/mdgp-memetic';
import { familyInstance, type BoundType, type Family } from './mdgp-families.ts';
import { solveMdgpMemeticPrevious } from './mdgp-memetic-previous.ts';

const [family = 'RanReal', type = 'ss', size = '120', secondsArg = '20', seedArg = '1'] =
  process.argv.slice(2);
const seconds = Number(secondsArg);
const instance: MdgpInstance = familyInstance(family as Family, type as BoundType, Number(size), 1);

function run(solve: typeof solveMdgp): MdgpSolution {
  return solve(instance, {
    seed: Number(seedArg),
    iterationBudget: Number.POSITIVE_INFINITY,
    deadline: { clock: () => performance.now(), maxMs: seconds * 1000 },
  });
}
const bestBy = (solution: MdgpSolution, ms: number): number | null =>
  solution.trace.filter((point) => point.ms <= ms).at(-1)?.objective ?? null;
const summary = (solution: MdgpSolution) => ({
  after1s: bestBy(solution, 1000),
  after5s: seconds >= 5 ? bestBy(solution, 5000) : null,
  after20s: seconds >= 20 ? bestBy(solution, 20_000) : null,
  final: solution.objective,
  evaluations: solution.iterations,
  load: loadavg()[0],
});
const ils = summary(run(solveMdgp));
const previous = summary(run(solveMdgpMemeticPrevious));
const memetic = summary(run(solveMdgpMemetic));
console.log(
  JSON.stringify({ family, type, n: instance.n, m: instance.m, seconds, ils, previous, memetic }),
);
