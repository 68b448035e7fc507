// How the whole app's /health answers while a round proposal runs as the app runs one (pool
// read, match and store in a worker thread): the real app (buildApp) on a seeded SQLite file
// (propose-seed.ts), listening on 127.0.0.1, asked once every 10 ms, first with nothing else
// running, then while proposeRound proposes for `size` people. Run it with the server's Node
// flags (run.ts does). Prints one JSON line. Usage: node match/propose-latency.ts [size]
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@ods/server/app';
import { loadConfig } from '@ods/server/config';
import { proposalInWorker, startSpareWorker } from '@ods/server/features/rounds/propose-in-worker';
import { proposeRound } from '@ods/server/features/rounds/rounds.service';
import { withDefaults } from '@ods/server/features/rounds/rounds.validation';
import { probe, quantiles } from './http-probe.ts';
import { SEED_NOW, seededCopy } from './propose-seed.ts';

const size = Number(process.argv[2] ?? 100_000);
const dataDir = mkdtempSync(join(tmpdir(), 'ods-bench-latency-'));
await seededCopy(size, dataDir);
const config = loadConfig({
  APP_ENV: 'production',
  DATA_DIR: dataDir,
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
  PUBLIC_URL: 'https://bench.example',
  SEED_DEMO: 'false',
});
const app = await buildApp(config, { logger: false, startWorkers: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as AddressInfo;

const idle = quantiles(
  await probe(port, '/health', new Promise((resolve) => setTimeout(resolve, 2000))),
);
// The first proposal after a start also starts its thread; later ones find it waiting.
await startSpareWorker();
const started = performance.now();
let proposeMs = 0;
const proposal = proposeRound(
  app.db,
  withDefaults({ periodStart: '2026-12-07', periodEnd: '2026-12-18', seed: 1 }),
  {
    now: SEED_NOW,
    proposedBy: null,
    ...proposalInWorker(config.rounds, app.dbLocation, {
      signal: new AbortController().signal,
      phase: () => {},
      best: () => {},
    }),
  },
).then(() => (proposeMs = performance.now() - started));
const during = quantiles(await probe(port, '/health', proposal));
await app.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    size,
    deadlineSeconds: config.rounds.deadlineSeconds,
    idle,
    during,
    proposeMs: Math.round(proposeMs),
  }),
);
