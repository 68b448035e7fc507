// The memetic MDGP search (and today's ILS, with --ils) on the MDGPLIB instance files in
// bench/match/mdgplib/ (not in the repository: see mdgplib/SOURCES.md for where to get them),
// each for the same seconds, one file after the other; prints a Markdown table with the
// objective after 1, 5 and 20 s. Usage: node match/mdgplib-run.ts [--seconds 20] [--seeds 1,2,3] [--ils] [files...]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { solveMdgp, type MdgpSolution } from '@ods/server/core/matcher/mdgp';
import { parseMdgpInstance } from '@ods/server/core/matcher/mdgp-instance';
import { solveMdgpMemetic } from '@ods/server/core/matcher/mdgp-memetic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '20' },
    seeds: { type: 'string', default: '1' },
    ils: { type: 'boolean', default: false },
  },
});
const dir = new URL('mdgplib/', import.meta.url);
const files =
  positionals.length > 0
    ? positionals
    : readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort();
const seconds = Number(values.seconds);
const bestBy = (solution: MdgpSolution, ms: number): string =>
  solution.trace
    .filter((point) => point.ms <= ms)
    .at(-1)
    ?.objective.toFixed(2) ?? '–';

console.log('| instance | n | m | engine | seed | 1 s | 5 s | 20 s | final | evaluations |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const file of files) {
  const instance = parseMdgpInstance(readFileSync(new URL(file, dir), 'utf8'));
  for (const seed of values.seeds.split(',').map(Number)) {
    for (const [engine, solve] of [
      ['memetic', solveMdgpMemetic],
      ...(values.ils ? ([['ILS', solveMdgp]] as const) : []),
    ] as const) {
      const solution = solve(instance, {
        seed,
        iterationBudget: Number.POSITIVE_INFINITY,
        deadline: { clock: () => performance.now(), maxMs: seconds * 1000 },
      });
      console.log(
        `| ${file.replace(/\.txt$/, '')} | ${instance.n} | ${instance.m} | ${engine} | ${seed} | ${bestBy(solution, 1000)} | ${bestBy(solution, 5000)} | ${bestBy(solution, 20_000)} | ${String(solution.objective)} | ${solution.iterations} |`,
      );
    }
  }
}
