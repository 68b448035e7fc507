// Bench of the shared notes (pnpm bench:notes): 50 documents × 5 editors on loopback, typing at
// human speed and in bursts. Measures update fan-out latency (typed in one editor → seen in
// each of the others), server CPU and memory, for the real app and for a bare Hocuspocus
// server (no persistence, no auth) in the same run, and prints the ratio. The two servers take
// turns (BENCH_ROUNDS rounds, bare first), so a slow minute of the machine does not land on one
// server only; percentiles are over the fan-outs of all rounds together.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { LoopDelay } from './loop-delay.ts';
import { cpuSeconds, memoryMiB } from './proc-stats.ts';
import {
  connectEditor,
  disconnectAll,
  record,
  typeInBursts,
  typeLikeHumans,
  type Editor,
} from './load.ts';
import { freePort } from '../free-port.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 50);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 5);
const HUMAN_SECONDS = Number(process.env.BENCH_HUMAN_SECONDS ?? 20);
const BURST_SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 15);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_P99_MS = 100;
const TARGET_RATIO = 1.2;

const PHASES = ['human', 'burst'] as const;
type PhaseName = (typeof PHASES)[number];
/** One phase of one round: every fan-out latency (ms) and the server's CPU over the phase. */
interface Phase {
  latencies: number[];
  cpuSeconds: number;
  seconds: number;
  loop: LoopDelay;
}
interface Result {
  name: string;
  phases: Record<PhaseName, Phase>;
  rssMiB: number;
  peakMiB: number;
}
interface Summary {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  cpuPercent: number;
  /** The server's event-loop delay: mean of the rounds' p99, worst max. */
  loopP99: number;
  loopMax: number;
}

/** Starts a server script and waits for its one JSON line. */
function startServer(
  script: string,
  args: string[],
): Promise<{ child: ChildProcess; info: unknown }> {
  // BENCH_NODE_ARGS (e.g. --cpu-prof) goes to the server processes only.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, new URL(script, import.meta.url).pathname, ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** The server's event-loop delay since the last 'reset' (see loop-delay.ts). */
function loopDelay(child: ChildProcess): Promise<LoopDelay> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as LoopDelay));
    child.send('report');
  });
}

async function measurePhase(child: ChildProcess, work: () => Promise<void>): Promise<Phase> {
  const pid = child.pid!;
  const stop = record();
  child.send('reset');
  const cpuBefore = cpuSeconds(pid);
  const start = performance.now();
  await work();
  // Let the last updates arrive before the measurement ends.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    latencies: stop(),
    cpuSeconds: cpuSeconds(pid) - cpuBefore,
    seconds: (performance.now() - start) / 1000,
    loop: await loopDelay(child),
  };
}

/** Percentiles over the fan-outs of all rounds; CPU over their summed time. */
function summarise(phases: Phase[]): Summary {
  const sorted = phases.flatMap((phase) => phase.latencies).sort((a, b) => a - b);
  const sum = (pick: (phase: Phase) => number) => phases.reduce((t, p) => t + pick(p), 0);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    cpuPercent: (sum((p) => p.cpuSeconds) / sum((p) => p.seconds)) * 100,
    loopP99: sum((p) => p.loop.p99) / phases.length,
    loopMax: Math.max(...phases.map((p) => p.loop.max)),
  };
}

async function runAgainst(
  name: string,
  child: ChildProcess,
  connect: (d: number, e: number) => Promise<Editor>,
): Promise<Result> {
  const editors: Editor[] = [];
  for (let d = 0; d < DOCUMENTS; d += 1) {
    const group = await Promise.all(Array.from({ length: EDITORS }, (_, e) => connect(d, e)));
    editors.push(...group);
  }
  const pid = child.pid!;
  // Warm-up (not measured): compiled code paths, database pages, socket buffers.
  await typeLikeHumans(editors, WARM_UP_SECONDS, 3);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const human = await measurePhase(child, () => typeLikeHumans(editors, HUMAN_SECONDS, 7));
  const burst = await measurePhase(child, () => typeInBursts(editors, BURST_SECONDS, 11));
  const memory = memoryMiB(pid);
  disconnectAll(editors);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { name, phases: { human, burst }, rssMiB: memory.rss, peakMiB: memory.peak };
}

async function bare(): Promise<Result> {
  const port = await freePort();
  const { child } = await startServer('./bare-server.ts', [String(port)]);
  return runAgainst('bare Hocuspocus', child, (d) =>
    connectEditor(`ws://127.0.0.1:${port}/bench`, `bench-${d}`),
  );
}

async function ods(): Promise<Result> {
  const port = await freePort();
  const { child, info } = await startServer('./ods-server.ts', [
    String(port),
    String(DOCUMENTS),
    String(EDITORS),
  ]);
  const { sessions } = info as { sessions: { id: string; cookies: string[] }[] };
  return runAgainst('Over de schutting', child, (d, e) => {
    const session = sessions[d]!;
    return connectEditor(
      `ws://127.0.0.1:${port}/api/sessions/${session.id}/notes/socket`,
      session.id,
      session.cookies[e],
    );
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const results: { bare: Result[]; app: Result[] } = { bare: [], app: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  results.bare.push(await bare());
  results.app.push(await ods());
}
console.log(
  `Shared notes: ${DOCUMENTS} documents × ${EDITORS} editors on loopback, human ${HUMAN_SECONDS} s, bursts ${BURST_SECONDS} s, ${ROUNDS} rounds each (Node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`,
);
console.log(
  '| server | typing | fan-outs | p50 | p95 | p99 | server CPU | event-loop delay p99 / max | RSS (peak) |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const summaries = {
  bare: Object.fromEntries(
    PHASES.map((phase) => [phase, summarise(results.bare.map((r) => r.phases[phase]))]),
  ) as Record<PhaseName, Summary>,
  app: Object.fromEntries(
    PHASES.map((phase) => [phase, summarise(results.app.map((r) => r.phases[phase]))]),
  ) as Record<PhaseName, Summary>,
};
for (const server of ['bare', 'app'] as const) {
  const name = results[server][0]!.name;
  const rss = Math.max(...results[server].map((r) => r.rssMiB));
  const peak = Math.max(...results[server].map((r) => r.peakMiB));
  for (const phase of PHASES) {
    const p = summaries[server][phase];
    console.log(
      `| ${name} | ${phase} | ${p.samples} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${p.cpuPercent.toFixed(0)} % | ${ms(p.loopP99)} / ${ms(p.loopMax)} | ${rss.toFixed(0)} MiB (${peak.toFixed(0)}) |`,
    );
  }
}
for (const phase of PHASES) {
  const a = summaries.app[phase];
  const b = summaries.bare[phase];
  const ratio = a.p99 / b.p99;
  const perRound = results.app.map((r, i) => {
    const p99 = (phase: Phase) =>
      percentile(
        [...phase.latencies].sort((x, y) => x - y),
        0.99,
      );
    return (p99(r.phases[phase]) / p99(results.bare[i]!.phases[phase])).toFixed(2);
  });
  console.log(
    `${phase}: ratio app / bare p50 ${(a.p50 / b.p50).toFixed(2)}×, p95 ${(a.p95 / b.p95).toFixed(2)}×, p99 ${ratio.toFixed(2)}× (per round ${perRound.join(', ')}), CPU ${(a.cpuPercent / b.cpuPercent).toFixed(2)}×; ` +
      `p99 ≤ ${TARGET_P99_MS} ms ${a.p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}, within ${TARGET_RATIO}× ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
  );
}
process.exit(0);
