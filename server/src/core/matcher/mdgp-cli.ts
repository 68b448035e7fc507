// Solves one maximally-diverse-grouping instance file and prints the objective.
// Usage: node server/src/core/matcher/mdgp-cli.ts <instance> [--seconds 10] [--seed 1] [--budget N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { solveMdgp } from './mdgp.ts';
import { parseMdgpInstance } from './mdgp-instance.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    budget: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error('Usage: mdgp-cli <instance> [--seconds 10] [--seed 1] [--budget N]');
  process.exit(2);
}
const instance = parseMdgpInstance(readFileSync(file, 'utf8'));
const started = performance.now();
const solution = solveMdgp(instance, {
  seed: Number(values.seed),
  iterationBudget: values.budget ? Number(values.budget) : Number.POSITIVE_INFINITY,
  deadline: { clock: () => performance.now(), maxMs: Number(values.seconds) * 1000 },
});
console.log(`objective ${solution.objective.toFixed(2)}`);
console.log(
  `n ${instance.n} m ${instance.m} · ${solution.iterations} evaluations · ${((performance.now() - started) / 1000).toFixed(1)} s · stopped by ${solution.stoppedBy}`,
);
