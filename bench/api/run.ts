// pnpm bench:api: the app in production mode (node server/src/server.ts, as npm start runs it)
// on a database of 10 000 users and a year of sessions (seed.ts), under autocannon on loopback,
// beside a bare Fastify "hello" server measured in the same run as the ceiling. On SQLite, and
// on PostgreSQL when ODS_TEST_POSTGRES_URL is set (a database of its own, dropped afterwards).
// Then resident memory after the run and over a soak of mixed load.
// Options: --duration 10 (seconds per route) --connections 20 --soak 300 (seconds, 0: none)
//          --users 10000 --dialect sqlite|postgres|both --cpu-prof <folder> (profile the app)
//          --reuse <folder> (SQLite: the seeded folder of an earlier --cpu-prof run)
//          --only <text> / --skip <text> (the routes whose name contains it, or all others)
// Environment: BENCH_APP_ROOT (another checkout of the app to measure), LOG_LEVEL, APP_ENV.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import autocannon, { type Request, type Result } from 'autocannon';
import { sql } from 'kysely';
import { createDatabase } from '@ods/db';
import { SERVER_NODE_FLAGS } from '@ods/server/node-flags';
import { cpuSeconds, memoryMiB } from '../notes/proc-stats.ts';
import type { SeedResult } from './seed.ts';
import { appTargets, type SignedIn, type Target } from './targets.ts';
import { freePort } from '../free-port.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    soak: { type: 'string', default: '300' },
    users: { type: 'string', default: '10000' },
    dialect: { type: 'string' },
    'cpu-prof': { type: 'string' },
    // A folder kept from an earlier SQLite run (printed at its end): no new seeding.
    reuse: { type: 'string' },
    // Only the routes whose name contains this (e.g. "health"), for profiling one route.
    only: { type: 'string' },
    // Leave out the routes whose name contains this (e.g. "rounds").
    skip: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const SOAK_SECONDS = Number(values.soak);
const ROOT = new URL('../../', import.meta.url).pathname;
// Another checkout of the app to measure (e.g. an older commit for a before/after figure).
const APP_ROOT = process.env.BENCH_APP_ROOT ?? ROOT;
const pgUrl = process.env.ODS_TEST_POSTGRES_URL;
const dialects =
  values.dialect === 'both' || (!values.dialect && pgUrl)
    ? ['sqlite', 'postgres']
    : [values.dialect ?? 'sqlite'];
if (dialects.includes('postgres') && !pgUrl)
  throw new Error('PostgreSQL needs ODS_TEST_POSTGRES_URL (scripts/start-postgres.sh gives one).');

const log = (line: string) => process.stderr.write(`[bench:api] ${line}\n`);

/** A child that prints one JSON line when it is ready. */
function startJsonChild(args: string[]): Promise<{ child: ChildProcess; info: { port: number } }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ child, info: JSON.parse(chunk.toString()) as { port: number } }),
    );
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** GET /api/session as the account: the CSRF cookie and token its writes need. */
async function signIn(base: string, account: SeedResult['accounts'][number]): Promise<SignedIn> {
  const response = await fetch(`${base}/api/session`, { headers: { cookie: account.cookie } });
  const body = (await response.json()) as { csrfToken: string; user: unknown };
  if (!body.user) throw new Error('a bench account is not signed in');
  const csrfCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ods_csrf='));
  return { ...account, cookies: `${account.cookie}; ${csrfCookie}`, csrfToken: body.csrfToken };
}

interface Row {
  name: string;
  read: boolean;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** CPU time of the server process per request, µs. */
  cpuMicros?: number;
  /** The bare server's run just before this one. */
  bare?: Row;
  /** The app's resident memory right after this route's run, MiB. */
  rss?: number;
}

function load(url: string, requests: Request[], seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
}

/**
 * A load run with the CPU time the server process spent on it. On a machine shared with
 * other work throughput swings with the neighbours' load; CPU time per request much less.
 */
async function measured(
  pid: number,
  name: string,
  read: boolean,
  url: string,
  requests: Request[],
): Promise<Row> {
  const before = cpuSeconds(pid);
  const result = row(name, read, await load(url, requests, DURATION));
  return {
    ...result,
    cpuMicros: ((cpuSeconds(pid) - before) * 1e6) / Math.max(1, result.requests),
  };
}

function row(name: string, read: boolean, result: Result): Row {
  return {
    name,
    read,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

async function benchDialect(dialect: string, bareUrl: string, barePid: number): Promise<void> {
  const dataDir = values.reuse ?? mkdtempSync(join(tmpdir(), 'ods-bench-api-'));
  let databaseUrl = '';
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    const name = `bench_api_${randomBytes(4).toString('hex')}`;
    const admin = createDatabase({ databaseUrl: pgUrl!, dataDir });
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.db.destroy();
    };
  }
  try {
    const seedFile = join(dataDir, 'seed.json');
    if (!values.reuse) {
      log(`${dialect}: seeding ${values.users} users and a year of sessions…`);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'bench/api/seed.ts'), dataDir, '--users', values.users],
        { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 },
      );
      writeFileSync(seedFile, stdout);
    }
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as SeedResult;
    log(
      `${dialect}: ${seed.users} users, ${seed.sessions} sessions, ${seed.libraryEntries} library entries in ${seed.seconds} s`,
    );
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const logFile = join(dataDir, 'app.log');
    const logFd = openSync(logFile, 'a');
    const app = spawn(
      process.execPath,
      [
        // As npm start runs it (scripts/start-app.mjs).
        ...SERVER_NODE_FLAGS,
        ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []),
        'server/src/server.ts',
      ],
      {
        cwd: APP_ROOT,
        stdio: ['ignore', logFd, logFd],
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          PUBLIC_URL: 'https://bench.example',
          SESSION_SECRET: 'bench-api-secret-bench-api-secret-bench',
          // Many accounts from one address at thousands of requests a second: the limits are
          // raised for this run only, and the app says so in its log.
          RATE_LIMIT_SCALE: '1000',
          // As in production (info: a line per request and its answer) unless asked otherwise.
          ...(process.env.LOG_LEVEL ? { LOG_LEVEL: process.env.LOG_LEVEL } : {}),
          ...(process.env.APP_ENV ? { APP_ENV: process.env.APP_ENV } : {}),
          ...(process.env.MALLOC_ARENA_MAX
            ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX }
            : {}),
          ...(process.env.BENCH_NODE_OPTIONS
            ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS }
            : {}),
        },
      },
    );
    try {
      await waitFor(`${base}/health`, app);
      const accounts = await Promise.all(seed.accounts.map((a) => signIn(base, a)));
      const coordinator = await signIn(base, { cookie: seed.coordinatorCookie, sessionId: '' });
      const targets = appTargets(accounts, coordinator, seed.roundId).filter(
        (t) =>
          (!values.only || t.name.includes(values.only)) &&
          (!values.skip || !t.name.includes(values.skip)),
      );
      log(`${dialect}: warming up`);
      for (const target of targets) await load(base, target.requests, 2);
      await load(bareUrl, [{ path: '/hello' }], 2);

      // The machine's load changes from minute to minute: each route is paired with a bare
      // run just before it, and its ratio is to that one.
      const rows: Row[] = [];
      for (const target of targets) {
        log(`${dialect}: ${target.name}`);
        const bare = await measured(barePid, 'bare', true, bareUrl, [{ path: '/hello' }]);
        const result = await measured(app.pid!, target.name, target.read, base, target.requests);
        rows.push({ ...result, bare, rss: memoryMiB(app.pid!).rss });
      }
      printTable(dialect, seed, rows, memoryMiB(app.pid!).rss);
      if (SOAK_SECONDS > 0) await soak(dialect, base, targets, app.pid!);
    } finally {
      await stop(app);
      log(`${dialect}: the app's log is in ${logFile}`);
    }
  } finally {
    await dropDatabase();
    if (values['cpu-prof'] || values.reuse) log(`${dialect}: the seeded data stays in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every route in turn for SOAK_SECONDS; resident memory every 10 seconds. */
async function soak(dialect: string, base: string, targets: Target[], pid: number): Promise<void> {
  log(`${dialect}: soak of ${SOAK_SECONDS} s`);
  const samples: { at: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(
    () => samples.push({ at: (Date.now() - started) / 1000, rss: memoryMiB(pid).rss }),
    10_000,
  );
  let requests = 0;
  let errors = 0;
  try {
    for (let i = 0; Date.now() - started < SOAK_SECONDS * 1000; i += 1) {
      const target = targets[i % targets.length]!;
      const seconds = Math.min(10, Math.ceil(SOAK_SECONDS - (Date.now() - started) / 1000));
      if (seconds < 1) break;
      const r = row(target.name, target.read, await load(base, target.requests, seconds));
      requests += r.requests;
      errors += r.errors;
    }
  } finally {
    clearInterval(sampler);
  }
  const rss = samples.map((s) => s.rss);
  const firstMinute = samples.filter((s) => s.at <= 60).map((s) => s.rss);
  const lastMinute = samples.filter((s) => s.at > SOAK_SECONDS - 60).map((s) => s.rss);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `\nSoak (${dialect}, ${SOAK_SECONDS} s, every route in turn, ${CONNECTIONS} connections): ` +
      `${requests} requests, ${errors} errors; RSS MiB min ${Math.min(...rss).toFixed(0)}, ` +
      `max ${Math.max(...rss).toFixed(0)}, mean of the first minute ${mean(firstMinute).toFixed(0)}, ` +
      `of the last minute ${mean(lastMinute).toFixed(0)}`,
  );
  console.log(`RSS samples (MiB, every 10 s): ${rss.map((r) => r.toFixed(0)).join(' ')}`);
}

function printTable(dialect: string, seed: SeedResult, rows: Row[], rss: number): void {
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(
    `\n### ${dialect}: ${seed.users} users, ${seed.sessions} sessions, ${seed.libraryEntries} library entries; ` +
      `${CONNECTIONS} connections, ${DURATION} s per route\n`,
  );
  console.log(
    '| route | req/s | p50 ms | p99 ms | errors | bare req/s just before | ratio to bare | CPU µs/request | bare CPU µs/request | ratio to bare by CPU | RSS after, MiB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${f(r.bare!.rps)} | ${(r.rps / r.bare!.rps).toFixed(2)} | ` +
        `${f(r.cpuMicros!)} | ${f(r.bare!.cpuMicros!)} | ${(r.bare!.cpuMicros! / r.cpuMicros!).toFixed(2)} | ${r.rss!.toFixed(0)} |`,
    );
  console.log(`\nResident memory of the app after the run: ${rss.toFixed(0)} MiB`);
}

const bareServer = await startJsonChild([join(ROOT, 'bench/api/bare-server.ts')]);
try {
  for (const dialect of dialects)
    await benchDialect(dialect, `http://127.0.0.1:${bareServer.info.port}`, bareServer.child.pid!);
} finally {
  await stop(bareServer.child);
}
