#!/usr/bin/env node
// What a first visit of the landing page transfers: index.html plus every script, module preload,
// stylesheet and icon it names, each measured as the server sends it (brotli when the build wrote a
// .br file beside it, else compressed here with the same settings). `--check` fails when the
// compressed JS or CSS passes its budget, so `npm test` stops a bundle that grows unnoticed.
//
//   node scripts/web-bundle-size.mjs [--check] [--json] [web/dist]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'web', 'dist');

// Issue 16's targets: JS ≤ 100 kB, CSS ≤ 25 kB, 150 kB in total. The build meets them (93 kB JS,
// 19.5 kB CSS, 113 kB in total, docs/BENCHMARKS.md), so the budgets are the targets themselves.
export const BUDGET_BYTES = { js: 100_000, css: 25_000, total: 150_000 };

function kind(path) {
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.html')) return 'html';
  return 'other';
}

function measure(file) {
  const raw = readFileSync(file);
  const brotli = existsSync(`${file}.br`)
    ? readFileSync(`${file}.br`).length
    : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gzip = existsSync(`${file}.gz`)
    ? readFileSync(`${file}.gz`).length
    : gzipSync(raw, { level: 9 }).length;
  return { raw: raw.length, gzip, brotli };
}

export function landingFirstVisit(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/[^"]+)"/g)) {
    urls.add(match[1]);
  }
  const files = [{ url: '/', ...measure(join(distDir, 'index.html')), kind: 'html' }];
  for (const url of urls) files.push({ url, ...measure(join(distDir, url)), kind: kind(url) });
  const sum = (filter, field) =>
    files.filter(filter).reduce((total, file) => total + file[field], 0);
  const totals = {};
  for (const field of ['raw', 'gzip', 'brotli']) {
    totals[field] = {
      js: sum((file) => file.kind === 'js', field),
      css: sum((file) => file.kind === 'css', field),
      total: sum(() => true, field),
    };
  }
  return { files, totals };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`${dist}/index.html is missing: run pnpm --filter @ods/web build\n`);
    process.exit(1);
  }
  const { files, totals } = landingFirstVisit(dist);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ files, totals, budget: BUDGET_BYTES }, null, 2)}\n`);
  } else {
    const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
    process.stdout.write(
      `${'file'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}\n`,
    );
    for (const file of files) {
      process.stdout.write(
        `${file.url.padEnd(48)}${kB(file.raw)}${kB(file.gzip)}${kB(file.brotli)}\n`,
      );
    }
    for (const part of ['js', 'css', 'total']) {
      const t = (field) => kB(totals[field][part]);
      process.stdout.write(
        `${`landing ${part}`.padEnd(48)}${t('raw')}${t('gzip')}${t('brotli')}\n`,
      );
    }
  }
  if (args.includes('--check')) {
    const over = Object.entries(BUDGET_BYTES).filter(
      ([part, budget]) => totals.brotli[part] > budget,
    );
    for (const [part, budget] of over) {
      process.stderr.write(
        `landing page ${part} is ${totals.brotli[part]} bytes compressed, over its budget of ${budget}\n`,
      );
    }
    if (over.length > 0) process.exit(1);
    process.stdout.write('landing page within its budget\n');
  }
}
