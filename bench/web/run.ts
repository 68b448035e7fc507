// Lighthouse 12 over the landing, sign-in, profile, session and library pages, as a new user on
// a phone meets them: the mobile preset with simulated throttling (slow 4G, a 4× slower CPU),
// Debian's Chromium, offline (everything comes from the local server). The server is started as
// `npm start` serves it (the production build of the web app, the development config with the
// demo data) on a fresh data folder, without LiveKit. Signed-in pages are visited as
// anna@demo.example with the session cookie of a real sign-in link, set in the browser.
//
//   pnpm bench:web [--json] [--runs N] [--pages landing,session] [--save DIR] [--no-build]
//   (N runs per page, the median run is reported; --save writes each run's Lighthouse report,
//   page.json, or page-1.json … page-N.json with --runs N, and its trace, page.trace.json;
//   --no-build measures web/dist as it is, for trying a change to the build by hand)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { MySessions } from '@ods/shared/api/sessions';
import { freePort } from '../free-port.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEMO_USER = 'anna@demo.example';
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 1;
const pagesArg = args.indexOf('--pages');
const ONLY = pagesArg >= 0 ? (args[pagesArg + 1] ?? '').split(',') : undefined;
const saveArg = args.indexOf('--save');
const SAVE_DIR = saveArg >= 0 ? args[saveArg + 1] : undefined;

function log(message: string): void {
  process.stderr.write(`[bench:web] ${message}\n`);
}

/** `npm start`'s server: the built web app, development config, demo data, its own data folder. */
async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ods-bench-web-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server/src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      APP_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SMTP_URL: '',
      LIVEKIT_URL: '',
      LIVEKIT_API_KEY: '',
      LIVEKIT_API_SECRET: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    const health = await fetch(`${url}/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through a sign-in link from the development outbox; returns the Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const cookies = new Map<string, string>();
  const call = async (method: string, path: string, body?: unknown, csrf?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return await response.json();
  };
  const { csrfToken } = (await call('GET', '/api/session')) as { csrfToken: string };
  await call('POST', '/api/auth/login-link', { email }, csrfToken);
  const query = new URLSearchParams({ to: email, kind: 'login' }).toString();
  const [mail] = (await call('GET', `/api/dev/outbox?${query}`)) as { text: string }[];
  const token = mail?.text.match(/#token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no sign-in link for ${email} in the outbox`);
  await call('POST', '/api/auth/session', { token }, csrfToken);
  const session = cookies.get('ods_session');
  if (!session) throw new Error('signing in set no session cookie');
  return `ods_session=${session}`;
}

/** The demo session whose room is open now (issue 14's "try it now"), seen as the demo user. */
async function openDemoSession(base: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}/api/sessions`, { headers: { cookie } });
  const { upcoming } = (await response.json()) as MySessions;
  const now = new Date().toISOString();
  const open = upcoming.find((session) => session.startsAt <= now && now < session.endsAt);
  if (!open) throw new Error(`${DEMO_USER} has no session going on now`);
  return open.id;
}

class LighthouseRunError extends Error {}

/**
 * Gives the browser the session cookie through the DevTools protocol, as signing in would, so
 * the page's own cookies (the CSRF pair) work alongside it; Lighthouse keeps cookies between
 * loads.
 */
async function setCookie(port: number, url: string, cookie: string): Promise<void> {
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const [name = '', value = ''] = cookie.split('=');
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.onerror = () => reject(new Error('no DevTools connection to Chromium'));
    socket.onopen = () =>
      socket.send(
        JSON.stringify({
          id: 1,
          method: 'Storage.setCookies',
          params: { cookies: [{ name, value, url, httpOnly: true, sameSite: 'Lax' }] },
        }),
      );
    socket.onmessage = (event) => {
      const answer = JSON.parse(String(event.data)) as { id?: number; error?: { message: string } };
      if (answer.id !== 1) return;
      socket.close();
      if (answer.error) reject(new Error(answer.error.message));
      else resolve();
    };
  });
}

type PageScores = {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  failing: string[];
};

async function audit(
  page: string,
  url: string,
  cookie: string | undefined,
): Promise<Omit<PageScores, 'page' | 'path'>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    if (cookie) await setCookie(chrome.port, url, cookie);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (SAVE_DIR) {
      mkdirSync(SAVE_DIR, { recursive: true });
      writeFileSync(join(SAVE_DIR, `${page}.json`), JSON.stringify(lhr));
      // The trace beside it, for what ran in each long task (open it in DevTools' Performance).
      writeFileSync(join(SAVE_DIR, `${page}.trace.json`), JSON.stringify(result.artifacts.Trace));
    }
    if (lhr.runtimeError) throw new LighthouseRunError(`${url}: ${lhr.runtimeError.code}`);
    // A signed-in page that sent the browser to the sign-in page would be measured as that.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`${url} ended on ${lhr.finalDisplayedUrl}`);
    }
    const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    // What keeps a category below 100: the audits with weight that did not pass.
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map(
          (ref) =>
            `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`,
        ),
    );
    const consoleErrors = lhr.audits['errors-in-console']?.details;
    if (consoleErrors?.type === 'table') {
      for (const item of consoleErrors.items as { description?: string; source?: string }[]) {
        failing.push(`console (${item.source ?? '?'}): ${item.description ?? ''}`);
      }
    }
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      metrics: {
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        si: value('speed-index'),
      },
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse now and then loses the trace of a load (NO_NAVSTART); such a run is repeated. */
async function auditWithRetry(
  page: string,
  url: string,
  cookie: string | undefined,
): Promise<Omit<PageScores, 'page' | 'path'>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(page, url, cookie);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseRunError)) throw error;
      log(`${error.message}; again`);
    }
  }
}

if (args.includes('--no-build')) {
  log('measuring web/dist as it is (--no-build)');
} else {
  log('building the web app (as npm start does)');
  const build = spawnSync('pnpm', ['--filter', '@ods/web', 'build'], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('the web build failed: run pnpm --filter @ods/web build');
}
const server = await startServer();
try {
  const cookie = await signIn(server.url, DEMO_USER);
  const sessionId = await openDemoSession(server.url, cookie);
  const pages: { page: string; path: string; signedIn: boolean }[] = [
    { page: 'landing', path: '/', signedIn: false },
    { page: 'sign-in', path: '/inloggen', signedIn: false },
    { page: 'profile', path: '/profiel', signedIn: true },
    { page: 'session', path: `/sessies/${sessionId}`, signedIn: true },
    { page: 'library', path: '/bibliotheek', signedIn: true },
  ];
  const results: PageScores[] = [];
  for (const { page, path, signedIn } of pages.filter((p) => !ONLY || ONLY.includes(p.page))) {
    const runs: Omit<PageScores, 'page' | 'path'>[] = [];
    for (let run = 0; run < RUNS; run++) {
      log(`${page} (${path}), run ${run + 1} of ${RUNS}`);
      runs.push(
        await auditWithRetry(
          RUNS > 1 ? `${page}-${run + 1}` : page,
          `${server.url}${path}`,
          signedIn ? cookie : undefined,
        ),
      );
    }
    runs.sort((a, b) => a.scores.performance - b.scores.performance);
    results.push({ page, path, ...runs[Math.floor(runs.length / 2)]! });
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const ms = (value: number) => `${(value / 1000).toFixed(1)} s`;
    process.stdout.write(
      `Lighthouse 12, mobile, simulated throttling; ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}\n`,
    );
    process.stdout.write(
      `${'page'.padEnd(10)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'bp'.padStart(6)}${'seo'.padStart(6)}${'FCP'.padStart(8)}${'LCP'.padStart(8)}${'TBT'.padStart(8)}${'CLS'.padStart(7)}\n`,
    );
    for (const { page, scores, metrics } of results) {
      process.stdout.write(
        `${page.padEnd(10)}${String(scores.performance).padStart(6)}${String(scores.accessibility).padStart(6)}${String(scores['best-practices']).padStart(6)}${String(scores.seo).padStart(6)}${ms(metrics.fcp).padStart(8)}${ms(metrics.lcp).padStart(8)}${`${Math.round(metrics.tbt)} ms`.padStart(8)}${metrics.cls.toFixed(3).padStart(7)}\n`,
      );
    }
    for (const { page, failing } of results) {
      for (const line of failing) process.stdout.write(`  ${page}: ${line}\n`);
    }
  }
} finally {
  await server.stop();
}
