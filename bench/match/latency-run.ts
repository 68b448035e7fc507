// How an HTTP route in the server's process answers while a round is matched: a tiny HTTP
// server (a /health stand-in) is asked once every 10 ms, first with nothing else running,
// then while matchInWorker matches a synthetic pool in a worker thread (the way round
// proposals run), then while matchRound runs in this thread (the way they ran before).
// Prints one JSON line. Usage: node match/latency-run.ts [size=100000]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRound } from '@ods/server/core/matcher/match-round';
import { matchInWorker } from '@ods/server/features/rounds/match-in-worker';
import { probe, quantiles } from './http-probe.ts';
import { scenario } from './scenario.ts';

const size = Number(process.argv[2] ?? 100_000);
const input = scenario(size, 1);

const server = createServer((_, response) => {
  response.setHeader('content-type', 'application/json');
  response.end('{"status":"ok"}');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const idle = quantiles(
  await probe(port, '/health', new Promise((resolve) => setTimeout(resolve, 2000))),
);
let workerMs = 0;
const workerStarted = performance.now();
const worker = matchInWorker(input).then(() => (workerMs = performance.now() - workerStarted));
const duringWorker = quantiles(await probe(port, '/health', worker));
// In this thread the probe's requests can only be answered after matchRound returns.
let inThreadMs = 0;
const inThread = new Promise<void>((resolve) =>
  setTimeout(() => {
    const started = performance.now();
    matchRound(input);
    inThreadMs = performance.now() - started;
    resolve();
  }, 50),
);
const duringInThread = quantiles(await probe(port, '/health', inThread));
server.close();
console.log(
  JSON.stringify({
    size,
    idle,
    duringWorker,
    workerMs: Math.round(workerMs),
    duringInThread,
    inThreadMs: Math.round(inThreadMs),
  }),
);
