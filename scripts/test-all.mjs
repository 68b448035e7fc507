#!/usr/bin/env node
// Every check, in the order CI runs them: format → lint → typecheck → web build → bundle
// budget → Helm chart → unit and integration tests (SQLite, and PostgreSQL when
// ODS_TEST_POSTGRES_URL is set) → crash tests → browser tests. Runs under the Node 24 and pnpm that scripts/bootstrap.mjs provides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.tmp', 'test-reports');
mkdirSync(reports, { recursive: true });
const inCi = process.env.CI === 'true';
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n=== ${name} FAILED after ${seconds} s\n`);
    summarise();
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`=== ${name} ok (${seconds} s)\n`);
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function summarise() {
  for (const name of ['unit.json', 'crash.json', 'e2e.json']) countVitest(join(reports, name));
  process.stdout.write(
    `\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
  );
}

const vitestReporters = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, name)}`,
];

step('format', 'pnpm', ['exec', 'prettier', '--check', '.']);
step('lint', 'pnpm', ['exec', 'eslint', '--max-warnings', '0', '.']);
step('typecheck', 'pnpm', ['-r', 'typecheck']);
// Built before the tests, so the server's tests see the page it serves (no inline script).
step('web build', 'pnpm', ['--filter', '@ods/web', 'build']);
// The landing page's compressed JS and CSS against their budgets (issue 16).
step('bundle budget', 'node', ['scripts/web-bundle-size.mjs', '--check']);
// helm lint and helm template | kubeconform -strict on the chart (a few seconds; no cluster).
const chartTools = spawnSync('bash', ['scripts/install-helm-tools.sh', '--installed'], {
  cwd: root,
});
if (chartTools.status === 0) {
  step('chart', 'node', ['scripts/check-chart.mjs']);
} else if (inCi) {
  process.stdout.write(
    '\nhelm and kubeconform are missing; CI must build them (scripts/install-helm-tools.sh).\n',
  );
  process.exit(1);
} else {
  process.stdout.write(
    '\nSkipping the chart check: no helm and kubeconform (scripts/install-helm-tools.sh builds them with Go).\n',
  );
}
if (!process.env.ODS_TEST_POSTGRES_URL) {
  process.stdout.write(
    '\nODS_TEST_POSTGRES_URL is not set: database tests run on SQLite only (CI runs both).\n',
  );
}
step('unit and integration tests', 'pnpm', [
  'exec',
  'vitest',
  'run',
  ...vitestReporters('unit.json'),
]);
// kill -9 of the real server during a scripted workload; bounded to a few minutes.
step('crash tests', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--config',
  'tests/crash/vitest.config.ts',
  ...vitestReporters('crash.json'),
]);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  step('browser tests', 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    ...vitestReporters('e2e.json'),
  ]);
} else if (inCi) {
  process.stdout.write(
    `\nChromium not found at ${chromium}; CI must install it (apt-get install chromium).\n`,
  );
  process.exit(1);
} else {
  process.stdout.write(
    `\nSkipping browser tests: no Chromium at ${chromium} (as root: apt-get install -y chromium).\n`,
  );
}
summarise();
