// The MDGP solvers on the MDGPLIB instance files in bench/match/mdgplib/ (not in the repository:
// see mdgplib/SOURCES.md for where to get them), each for the same seconds, one run after the
// other in this one process, engines interleaved per file and seed (so they share the machine's
// state); prints a Markdown table with the objective after 1, 5 and 20 s and the ratio of the
// final objective to the best known and to TPSDP's average (mdgplib-best-known.ts).
// Usage: node match/mdgplib-run.ts [--seconds 20] [--seeds 1,2,3] [--engines memetic,previous,ils]
//        [--solutions dir] [files...]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  solveMdgp,
  type MdgpInstance,
  type MdgpOptions,
  type MdgpSolution,
} from '@ods/server/core/matcher/mdgp';
import { formatMdgpSolution, parseMdgpInstance } from '@ods/server/core/matcher/mdgp-instance';
import { solveMdgpMemetic } from '@ods/server/core/matcher/mdgp-memetic';
import { solveMdgpMemeticPrevious } from './mdgp-memetic-previous.ts';
import { bestKnown, MDGPLIB_BEST_KNOWN } from './mdgplib-best-known.ts';

const ENGINES: Record<string, (instance: MdgpInstance, options: MdgpOptions) => MdgpSolution> = {
  memetic: solveMdgpMemetic,
  previous: solveMdgpMemeticPrevious,
  ils: solveMdgp,
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '20' },
    seeds: { type: 'string', default: '1' },
    engines: { type: 'string', default: 'memetic' },
    solutions: { type: 'string' },
  },
});
const engines = values.engines.split(',').filter(Boolean);
for (const engine of engines) {
  if (!ENGINES[engine])
    throw new Error(`unknown engine '${engine}' (${Object.keys(ENGINES).join(', ')})`);
}
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
const ratio = (value: number, to: number | undefined): string =>
  to === undefined ? '–' : (value / to).toFixed(4);
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

console.log(`load average at the start: ${load()}\n`);
console.log(
  '| instance | n | m | engine | seed | 1 s | 5 s | 20 s | final | / best known | / TPSDP average | evaluations | load (1 min) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
if (values.solutions) mkdirSync(values.solutions, { recursive: true });
for (const file of files) {
  const name = file.replace(/\.txt$/, '');
  const instance = parseMdgpInstance(readFileSync(new URL(file, dir), 'utf8'));
  for (const seed of values.seeds.split(',').map(Number)) {
    for (const engine of engines) {
      const solution = ENGINES[engine]!(instance, {
        seed,
        iterationBudget: Number.POSITIVE_INFINITY,
        deadline: { clock: () => performance.now(), maxMs: seconds * 1000 },
      });
      if (values.solutions) {
        // A file anyone can re-score: node server/src/core/matcher/mdgp-cli.ts --score <instance> <this>
        writeFileSync(
          `${values.solutions}/${name}.${engine}.seed${seed}.txt`,
          formatMdgpSolution(instance, solution.groupOf, [
            `instance ${file}`,
            `objective ${String(solution.objective)}`,
            `engine ${engine} · seed ${seed} · ${seconds} s`,
          ]),
        );
      }
      console.log(
        `| ${name} | ${instance.n} | ${instance.m} | ${engine} | ${seed} | ${bestBy(solution, 1000)} | ${bestBy(solution, 5000)} | ${bestBy(solution, 20_000)} | ${String(solution.objective)} | ${ratio(solution.objective, bestKnown(name))} | ${ratio(solution.objective, MDGPLIB_BEST_KNOWN[name]?.tpsdp.average)} | ${solution.iterations} | ${loadavg()[0]!.toFixed(2)} |`,
      );
    }
  }
}
console.log(`\nload average at the end: ${load()}`);
