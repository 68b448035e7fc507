// Interleaved A/B of two checkouts of the app on copies of one seeded SQLite folder: both run at
// once (production mode, as run.ts starts them) beside the bare server, and each route is loaded
// on bare, A and B in turn, several rounds, the order of A and B swapped every round. On a
// machine shared with other work the two then meet the same neighbours; the figure per side is
// the median CPU time per request over the rounds, and resident memory at idle and after.
// Usage: node api/ab.ts --a <checkout> --b <checkout> --data-a <folder> --data-b <folder>
//        [--only <text>] [--rounds 4] [--seconds 5] [--connections 20]
// The folders are copies of one seeded folder (run.ts with --cpu-prof keeps it; seed.json in it).
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';
import { cpuSeconds, memoryMiB } from '../notes/proc-stats.ts';
import type { SeedResult } from './seed.ts';
import { appTargets, type SignedIn } from './targets.ts';
import { freePort } from '../free-port.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    'data-a': { type: 'string' },
    'data-b': { type: 'string' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
  },
});
if (!values.a || !values.b || !values['data-a'] || !values['data-b'])
  throw new Error('--a, --b, --data-a and --data-b are needed');
const ROOT = new URL('../../', import.meta.url).pathname;
const SECONDS = Number(values.seconds);
const log = (line: string) => process.stderr.write(`[bench:ab] ${line}\n`);

async function startApp(
  root: string,
  dataDir: string,
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const logFd = openSync(join(dataDir, 'app.log'), 'a');
  // Each side with its own checkout's flags, so a change of them can be measured too.
  const { SERVER_NODE_FLAGS } = (await import(join(root, 'server/src/node-flags.ts'))) as {
    SERVER_NODE_FLAGS: string[];
  };
  log(`${root}: node ${SERVER_NODE_FLAGS.join(' ')}`);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'server/src/server.ts'], {
    cwd: root,
    stdio: ['ignore', logFd, logFd],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: 'https://bench.example',
      SESSION_SECRET: 'bench-api-secret-bench-api-secret-bench',
      RATE_LIMIT_SCALE: '1000',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the app in ${root} exited`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app in ${root} did not answer`);
}

async function signIn(base: string, cookie: string, sessionId: string): Promise<SignedIn> {
  const response = await fetch(`${base}/api/session`, { headers: { cookie } });
  const body = (await response.json()) as { csrfToken: string };
  const csrf = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ods_csrf='));
  return { cookie, sessionId, cookies: `${cookie}; ${csrf}`, csrfToken: body.csrfToken };
}

async function measure(pid: number, url: string, requests: Request[], seconds: number) {
  const before = cpuSeconds(pid);
  const result = await autocannon({
    url,
    connections: Number(values.connections),
    duration: seconds,
    requests,
  });
  const total = Math.max(1, result.requests.total);
  return {
    cpu: ((cpuSeconds(pid) - before) * 1e6) / total,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

const bare = spawn(process.execPath, [join(ROOT, 'bench/api/bare-server.ts')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const barePort = await new Promise<number>((resolve) =>
  bare.stdout.once('data', (chunk: Buffer) =>
    resolve((JSON.parse(chunk.toString()) as { port: number }).port),
  ),
);
const bareUrl = `http://127.0.0.1:${barePort}`;
const sides = [
  { name: 'A', root: values.a, data: values['data-a'] },
  { name: 'B', root: values.b, data: values['data-b'] },
];
const apps: { name: string; child: ChildProcess; base: string; idleRss: number }[] = [];
try {
  for (const side of sides) {
    const { child, base } = await startApp(side.root, side.data);
    // Settled: what the process holds before any load.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    apps.push({ name: side.name, child, base, idleRss: memoryMiB(child.pid!).rss });
  }
  const seed = JSON.parse(readFileSync(join(values['data-a'], 'seed.json'), 'utf8')) as SeedResult;
  const targetsOf = async (base: string) => {
    const accounts = await Promise.all(
      seed.accounts.map((a) => signIn(base, a.cookie, a.sessionId)),
    );
    const coordinator = await signIn(base, seed.coordinatorCookie, '');
    return appTargets(accounts, coordinator, seed.roundId).filter(
      (t) => !values.only || t.name.includes(values.only),
    );
  };
  const targets = await Promise.all(apps.map((app) => targetsOf(app.base)));
  log('warming up');
  for (const [i, app] of apps.entries())
    for (const target of targets[i]!) await measure(app.child.pid!, app.base, target.requests, 2);
  console.log(
    `| route | bare CPU µs | A CPU µs | B CPU µs | B/A | A ratio to bare by CPU | B ratio to bare by CPU | A p99 ms | B p99 ms | errors A/B |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let t = 0; t < targets[0]!.length; t += 1) {
    const name = targets[0]![t]!.name;
    const runs = { bare: [] as number[], A: [] as number[], B: [] as number[] };
    const p99 = { A: [] as number[], B: [] as number[] };
    const errors = { A: 0, B: 0 };
    for (let round = 0; round < Number(values.rounds); round += 1) {
      runs.bare.push((await measure(bare.pid!, bareUrl, [{ path: '/hello' }], SECONDS)).cpu);
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const app = apps[i]!;
        const m = await measure(app.child.pid!, app.base, targets[i]![t]!.requests, SECONDS);
        runs[app.name as 'A' | 'B'].push(m.cpu);
        p99[app.name as 'A' | 'B'].push(m.p99);
        errors[app.name as 'A' | 'B'] += m.errors;
      }
      log(
        `${name} round ${round + 1}: bare ${runs.bare.at(-1)!.toFixed(0)} A ${runs.A.at(-1)!.toFixed(0)} B ${runs.B.at(-1)!.toFixed(0)} µs`,
      );
    }
    const [b, a, bb] = [median(runs.bare), median(runs.A), median(runs.B)];
    console.log(
      `| ${name} | ${b.toFixed(0)} | ${a.toFixed(0)} | ${bb.toFixed(0)} | ${(bb / a).toFixed(2)} | ${(b / a).toFixed(2)} | ${(b / bb).toFixed(2)} | ${median(p99.A)} | ${median(p99.B)} | ${errors.A}/${errors.B} |`,
    );
  }
  for (const app of apps)
    console.log(
      `${app.name}: RSS at idle ${app.idleRss.toFixed(0)} MiB, after the load ${memoryMiB(app.child.pid!).rss.toFixed(0)} MiB, threads ${readFileSync(`/proc/${app.child.pid}/status`, 'utf8').match(/Threads:\s+(\d+)/)?.[1]}`,
    );
} finally {
  for (const app of apps) app.child.kill('SIGTERM');
  bare.kill('SIGTERM');
}
