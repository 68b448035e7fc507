// pnpm bench:match — the matcher on pools of 1 000, 10 000 and 100 000 people against two
// baselines computed in the same run, each size in its own process (peak memory per size),
// then generated MDGP instances of the MDGPLIB families: the enumerated optimum for n ≤ 12,
// and for n = 120 … 480 today's iterated local search beside the previous and the current
// memetic search, the best objective of each after 1, 5 and 20 s.
// Options: --sizes 1000,10000 (empty: no pools) --mdgp 120,240 --families RanReal,Geo
//          --types ss,ds --seconds 20 --latency 100000 (pool size; empty: skip)
//          --propose 1000,10000,100000 (end to end through proposeRound on a seeded SQLite
//          file, without and with the target deadline; empty: skip)
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEFAULT_WEIGHTS } from '@ods/server/core/matcher/settings';
import { SERVER_NODE_FLAGS } from '@ods/server/node-flags';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    mdgp: { type: 'string', default: '120,240,480' },
    families: { type: 'string', default: 'RanReal,RanInt,Geo' },
    types: { type: 'string', default: 'ss,ds' },
    seconds: { type: 'string', default: '20' },
    latency: { type: 'string', default: '100000' },
    propose: { type: 'string', default: '1000,10000,100000' },
  },
});

function runChild(
  script: string,
  args: string[],
  nodeFlags: string[] = [],
): Record<string, unknown> {
  const path = new URL(script, import.meta.url).pathname;
  const child = spawnSync(process.execPath, [...nodeFlags, path, ...args], {
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
for (const size of values.sizes.split(',').filter(Boolean).map(Number)) {
  const result = runChild('pool-run.ts', [String(size)]);
  const eligible = result.eligible as number;
  const runs = {
    matcher: result.matcher as Run,
    'matcher before (random moves)': result.today as Run,
    random: result.random as Run,
    greedy: result.greedy as Run,
  };
  for (const [who, run] of Object.entries(runs)) {
    console.log(
      `| ${size} | ${who} | ${run.ms} | ${run.peakRssMiB} | ${run.groups} | ${fixed(run.matched / run.groups)} | ${run.matched} | ${fixed(run.share * 100, 1)} % | ${fixed((run.matched / eligible) * 100, 1)} % | ${fixed(run.objective.total, 0)} | ${fixed(run.objective.total / runs.random.objective.total, 3)} | ${fixed(run.objective.total / runs.greedy.objective.total, 3)} | ${fixed(soft(run), 0)} | ${fixed(soft(run) / soft(runs.greedy), 3)} | ${fixed(run.spread.sizeClass)} | ${fixed(run.spread.province)} | ${fixed(run.spread.region)} | ${fixed(run.objective.parts.familiarity ?? 0)} | ${run.objective.parts.case} | ${run.violations} |`,
    );
  }
  console.log(
    `|  | matcher: ${result.iterations as number} iterations, constructive objective ${fixed(result.constructiveObjective as number, 0)}; before: ${result.todayIterations as number} iterations, constructive ${fixed(result.todayConstructiveObjective as number, 0)}; soft part new / before ${fixed(soft(runs.matcher) / soft(runs['matcher before (random moves)']), 4)}; RSS before matching ${result.rssBeforeMatchMiB as number} MiB; pool generated in ${result.generationMs as number} ms |||||||||||||||||||`,
  );
}

const proposeSizes = values.propose.split(',').filter(Boolean).map(Number);
if (proposeSizes.length > 0) {
  console.log(
    '\n## Round proposals end to end: proposeRound on a seeded SQLite file, pool read to stored proposal\n',
  );
  console.log(
    '| people | deadline s | total ms | thread start (before) | pool read | model | construct | search | result | store | peak RSS MiB | stopped by | groups | matched | soft part | soft vs greedy | greedy ms | matchRound alone ms | total / alone | violations |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const size of proposeSizes) {
    // Without a deadline (as tests and development run), then with the target as the
    // deadline: 2 s up to 10 000 people, 5 s beyond.
    for (const deadline of ['300', size > 10_000 ? '5' : '2']) {
      const r = runChild('propose-run.ts', [String(size), deadline], SERVER_NODE_FLAGS);
      const phases = r.phases as Record<string, number>;
      if (r.failed) {
        console.log(
          `| ${size} | ${deadline} | ${r.totalMs as number} | ${r.workerStartMs as number} | failed: ${r.failed as string} (phases begun: ${Object.keys(phases).join(', ')}) ||||||| ${r.peakRssMiB as number} ||||||||| – |`,
        );
        continue;
      }
      const at = (phase: string, next: string | number): string =>
        phases[phase] === undefined
          ? '–'
          : String((typeof next === 'number' ? next : (phases[next] ?? 0)) - phases[phase]);
      const run = { objective: r.objective } as Run;
      const greedy = r.greedy as { ms: number; objective: Run['objective'] };
      const alone = r.matchRoundAlone as { ms: number };
      console.log(
        `| ${size} | ${deadline} | ${r.totalMs as number} | ${r.workerStartMs as number} | ${at('pool', 'model')} | ${at('model', 'construct')} | ${at('construct', 'search')} | ${at('search', 'result')} | ${at('result', 'store')} | ${at('store', r.totalMs as number)} | ${r.peakRssMiB as number} | ${r.stoppedBy as string} | ${r.groups as number} | ${r.matched as number} | ${fixed(soft(run), 0)} | ${fixed(soft(run) / soft({ objective: greedy.objective } as Run), 3)} | ${greedy.ms} | ${alone.ms} | ${fixed((r.totalMs as number) / alone.ms)} | ${r.violations as number} |`,
      );
    }
  }
}

console.log('\n## MDGP: small instances, proven optimum by enumeration (budget 2 000 000)\n');
console.log(
  '| family | type | n | m | bounds | optimum | memetic | previous memetic | ILS (today) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const exact = spawnSync(process.execPath, [new URL('mdgp-exact.ts', import.meta.url).pathname], {
  encoding: 'utf8',
});
for (const line of exact.stdout.trim().split('\n')) {
  const r = JSON.parse(line) as Record<string, number | string>;
  const mark = (value: number): string =>
    `${String(value)}${Math.abs(value - (r.optimum as number)) < 1e-6 ? ' ✓' : ' ✗'}`;
  console.log(
    `| ${r.family} | ${r.type} | ${r.n} | ${r.m} | ${r.bounds} | ${r.optimum} | ${mark(r.memetic as number)} | ${mark(r.previous as number)} | ${mark(r.ils as number)} |`,
  );
}

console.log(
  `\n## MDGP: generated MDGPLIB-style instances, ${values.seconds} s per solver, one after the other\n`,
);
console.log(
  '| instance | m | ILS 1 s | ILS 5 s | ILS 20 s | previous 1 s | previous 5 s | previous 20 s | memetic 1 s | memetic 5 s | memetic 20 s | memetic / ILS | memetic / previous | evaluations ILS / previous / memetic | load (1 min) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const cell = (value: unknown): string => (typeof value === 'number' ? fixed(value) : '–');
for (const family of values.families.split(',')) {
  for (const type of values.types.split(',')) {
    for (const n of values.mdgp.split(',').filter(Boolean).map(Number)) {
      const r = runChild('mdgp-compare.ts', [family, type, String(n), values.seconds]);
      const [ils, previous, memetic] = (['ils', 'previous', 'memetic'] as const).map(
        (key) => r[key] as Record<string, number | null>,
      ) as [
        Record<string, number | null>,
        Record<string, number | null>,
        Record<string, number | null>,
      ];
      const trace = (s: Record<string, number | null>): string =>
        `${cell(s.after1s)} | ${cell(s.after5s)} | ${cell(s.after20s)}`;
      console.log(
        `| ${family}_n${n}_${type} | ${r.m as number} | ${trace(ils)} | ${trace(previous)} | ${trace(memetic)} | ${fixed(memetic.final! / ils.final!, 4)} | ${fixed(memetic.final! / previous.final!, 4)} | ${ils.evaluations} / ${previous.evaluations} / ${memetic.evaluations} | ${fixed(ils.load!)}–${fixed(memetic.load!)} |`,
      );
    }
  }
}

if (values.latency) {
  const size = values.latency;
  console.log(
    `\n## Latency of an HTTP route while ${size} people are matched (ms, due every 10 ms)\n`,
  );
  console.log('| while | requests | p50 | p99 | max | match ms |');
  console.log('|---|---|---|---|---|---|');
  const r = runChild('latency-run.ts', [size]);
  const row = (name: string, key: string, ms: number | null): void => {
    const q = r[key] as Record<string, number>;
    console.log(`| ${name} | ${q.requests} | ${q.p50} | ${q.p99} | ${q.max} | ${ms ?? '–'} |`);
  };
  row('nothing runs', 'idle', null);
  row('matchInWorker (worker thread, as proposals run now)', 'duringWorker', r.workerMs as number);
  row('matchRound in the same thread (as before)', 'duringInThread', r.inThreadMs as number);
  // The whole app's /health while it proposes a round for as many people, as it runs one.
  const app = runChild('propose-latency.ts', [size], SERVER_NODE_FLAGS);
  for (const [name, key] of [
    ['the app, nothing runs', 'idle'],
    ['the app, while proposeRound runs (pool read, match, store in a worker)', 'during'],
  ] as const) {
    const q = app[key] as Record<string, number>;
    const ms = key === 'during' ? (app.proposeMs as number) : '–';
    console.log(`| ${name} | ${q.requests} | ${q.p50} | ${q.p99} | ${q.max} | ${ms} |`);
  }
}
