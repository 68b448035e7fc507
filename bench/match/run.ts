// pnpm bench:match — the matcher on pools of 1 000, 10 000 and 100 000 people against two
// baselines computed in the same run, each size in its own process (peak memory per size),
// then random MDGP instances (n = 120 … 960) with the objective after 1, 5 and 20 s.
// Options: --sizes 1000,10000 --mdgp 120,240 --seconds 20
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEFAULT_WEIGHTS } from '@ods/server/core/matcher/settings';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    mdgp: { type: 'string', default: '120,240,480,960' },
    seconds: { type: 'string', default: '20' },
  },
});

function runChild(script: string, args: string[]): Record<string, unknown> {
  const child = spawnSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

interface Run {
  ms: number;
  peakRssMiB: number;
  groups: number;
  matched: number;
  share: number;
  violations: number;
  objective: { total: number; parts: Record<string, number> };
  spread: { sizeClass: number; province: number; region: number };
}

const fixed = (value: number, digits = 2): string => value.toFixed(digits);
/** The objective without the per-person parts (matched, fairness): what diversity adds. */
const soft = (run: Run): number =>
  run.objective.total -
  DEFAULT_WEIGHTS.matched * (run.objective.parts.matched ?? 0) -
  DEFAULT_WEIGHTS.fairness * (run.objective.parts.fairness ?? 0);

console.log('## Matcher: pools (objective = weighted sum of all group scores, default weights)\n');
console.log(
  '| people | who | time ms | peak RSS MiB | groups | mean size | matched | of pool | of eligible | objective | vs random | vs greedy | soft part | soft vs greedy | spread size class | spread province | spread region | familiarity | with case | hard-rule violations |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of values.sizes.split(',').map(Number)) {
  const result = runChild('pool-run.ts', [String(size)]);
  const eligible = result.eligible as number;
  const runs = {
    matcher: result.matcher as Run,
    random: result.random as Run,
    greedy: result.greedy as Run,
  };
  for (const [who, run] of Object.entries(runs)) {
    console.log(
      `| ${size} | ${who} | ${run.ms} | ${run.peakRssMiB} | ${run.groups} | ${fixed(run.matched / run.groups)} | ${run.matched} | ${fixed(run.share * 100, 1)} % | ${fixed((run.matched / eligible) * 100, 1)} % | ${fixed(run.objective.total, 0)} | ${fixed(run.objective.total / runs.random.objective.total, 3)} | ${fixed(run.objective.total / runs.greedy.objective.total, 3)} | ${fixed(soft(run), 0)} | ${fixed(soft(run) / soft(runs.greedy), 3)} | ${fixed(run.spread.sizeClass)} | ${fixed(run.spread.province)} | ${fixed(run.spread.region)} | ${fixed(run.objective.parts.familiarity ?? 0)} | ${run.objective.parts.case} | ${run.violations} |`,
    );
  }
  console.log(
    `|  | matcher: ${result.iterations as number} iterations, constructive objective ${fixed(result.constructiveObjective as number, 0)}; RSS before matching ${result.rssBeforeMatchMiB as number} MiB; pool generated in ${result.generationMs as number} ms |||||||||||||||||||`,
  );
}

console.log(
  '\n## MDGP: random instances (uniform distances 0–100, m = n/10 groups of exactly 10)\n',
);
console.log(
  '| n | m | random grouping | after 1 s | after 5 s | after 20 s | 20 s vs random | evaluations |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const n of values.mdgp.split(',').map(Number)) {
  const r = runChild('mdgp-run.ts', [String(n), values.seconds]);
  const num = (key: string): number => r[key] as number;
  console.log(
    `| ${n} | ${num('m')} | ${fixed(num('randomMean'), 0)} | ${fixed(num('after1s'))} | ${fixed(num('after5s'))} | ${fixed(num('after20s'))} | ${fixed(num('after20s') / num('randomMean'), 3)} | ${num('evaluations')} |`,
  );
}
