// Solves one maximally-diverse-grouping instance file, prints the objective with full precision
// and writes the solution as a file anyone can re-score; or re-scores such a file.
// Usage: node server/src/core/matcher/mdgp-cli.ts <instance> [--seconds 10] [--seed 1] [--budget N] [--out solution.txt] [--engine memetic|ils]
//        node server/src/core/matcher/mdgp-cli.ts --score <instance> <solution>
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { mdgpObjective, solveMdgp } from './mdgp.ts';
import { solveMdgpMemetic } from './mdgp-memetic.ts';
import { formatMdgpSolution, parseMdgpInstance, parseMdgpSolution } from './mdgp-instance.ts';

const USAGE = [
  'Usage: mdgp-cli <instance> [--seconds 10] [--seed 1] [--budget N] [--out solution.txt] [--engine memetic|ils]',
  '       mdgp-cli --score <instance> <solution>',
].join('\n');

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string' },
      out: { type: 'string' },
      score: { type: 'boolean', default: false },
      engine: { type: 'string', default: 'memetic' },
    },
  });
  const file = positionals[0];
  if (
    !file ||
    (values.score && positionals.length !== 2) ||
    !['memetic', 'ils'].includes(values.engine)
  ) {
    console.error(USAGE);
    return 2;
  }
  const read = (path: string): string => readFileSync(path, 'utf8');
  const instance = parseMdgpInstance(read(file));
  if (values.score) {
    const groupOf = parseMdgpSolution(instance, read(positionals[1]!));
    // String(x) is the shortest text that reads back as the same double: full precision.
    console.log(`objective ${String(mdgpObjective(instance, groupOf))}`);
    return 0;
  }
  const started = performance.now();
  const solve = values.engine === 'ils' ? solveMdgp : solveMdgpMemetic;
  const solution = solve(instance, {
    seed: Number(values.seed),
    iterationBudget: values.budget ? Number(values.budget) : Number.POSITIVE_INFINITY,
    deadline: { clock: () => performance.now(), maxMs: Number(values.seconds) * 1000 },
  });
  const out = values.out ?? `${basename(file).replace(/\.txt$/, '')}.solution.txt`;
  const objective = String(solution.objective);
  writeFileSync(
    out,
    formatMdgpSolution(instance, solution.groupOf, [
      `instance ${basename(file)}`,
      `objective ${objective}`,
      `engine ${values.engine} · seed ${values.seed} · ${solution.iterations} evaluations · stopped by ${solution.stoppedBy}`,
      `re-score: node server/src/core/matcher/mdgp-cli.ts --score ${file} ${out}`,
    ]),
  );
  console.log(`objective ${objective}`);
  console.log(
    `n ${instance.n} m ${instance.m} · ${solution.iterations} evaluations · ${((performance.now() - started) / 1000).toFixed(1)} s · stopped by ${solution.stoppedBy} · solution in ${out}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A malformed file is the user's to fix: say what and where, without a stack trace.
  console.error(`mdgp-cli: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
